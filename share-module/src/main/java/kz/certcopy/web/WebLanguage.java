package kz.certcopy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import kz.certcopy.security.AccountLanguage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The clerk's chosen language (kk, ru, en) lives in a cookie, which signing in sets from the account's choice
 * ({@link AccountLanguage}; see {@link WorkspaceSignIn}). This filter runs before everything else and makes
 * the cookie the request's Accept-Language, so the platform's own locale resolver (Accept-Language, Russian by
 * default) serves pages, API errors of the workspace's scripts and the security chain alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class WebLanguage extends OncePerRequestFilter {

    public static final String COOKIE = "certcopy-lang";
    public static final Set<String> LANGUAGES = Set.copyOf(AccountLanguage.LANGUAGES);
    /** A language picked on the sign-in page in this browser session: stored on the account at sign-in. */
    static final String CHOSEN_BEFORE_SIGN_IN = WebLanguage.class.getName() + ".chosen";

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String lang = chosen(req);
        chain.doFilter(lang == null ? req : new Chosen(req, lang), res);
    }

    /** The language in the cookie, when it is one of ours. */
    static String chosen(HttpServletRequest req) {
        String lang = WebCookies.read(req, COOKIE);
        return lang != null && LANGUAGES.contains(lang) ? lang : null;
    }

    /** Remembers a language for a year (HttpOnly, same-site). Returns false when it is not one of ours. */
    static boolean remember(String lang, HttpServletResponse res) {
        if (lang == null || !LANGUAGES.contains(lang)) {
            return false;
        }
        WebCookies.set(res, COOKIE, lang, Duration.ofDays(365));
        return true;
    }

    private static final class Chosen extends HttpServletRequestWrapper {
        private final String lang;

        Chosen(HttpServletRequest req, String lang) {
            super(req);
            this.lang = lang;
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? lang : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(lang))
                    : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() {
            return Locale.forLanguageTag(lang);
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(getLocale()));
        }
    }
}
