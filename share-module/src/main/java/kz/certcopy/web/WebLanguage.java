package kz.certcopy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The clerk's chosen language (kk, ru, en) lives in a cookie. This filter runs before everything else and makes
 * the cookie the request's Accept-Language, so the platform's own locale resolver (Accept-Language, Russian by
 * default) serves pages, API errors of the workspace's scripts and the security chain alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class WebLanguage extends OncePerRequestFilter {

    public static final String COOKIE = "certcopy-lang";
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String lang = chosen(req);
        chain.doFilter(lang == null ? req : new Chosen(req, lang), res);
    }

    /** The language in the cookie, when it is one of ours. */
    static String chosen(HttpServletRequest req) {
        if (req.getCookies() == null) {
            return null;
        }
        for (Cookie c : req.getCookies()) {
            if (COOKIE.equals(c.getName()) && LANGUAGES.contains(c.getValue())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Remembers a language for a year (HttpOnly, same-site). Returns false when it is not one of ours. */
    static boolean remember(String lang, HttpServletResponse res) {
        if (lang == null || !LANGUAGES.contains(lang)) {
            return false;
        }
        ResponseCookie c = ResponseCookie.from(COOKIE, lang).path("/").maxAge(Duration.ofDays(365))
                .httpOnly(true).sameSite("Lax").build();
        res.addHeader("Set-Cookie", c.toString());
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
