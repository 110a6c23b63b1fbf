package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kz.certcopy.security.AccountLanguage;
import kz.certcopy.security.CertCopyUser;
import kz.certcopy.security.WebChainCustomizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * The workspace's sign-in and sign-out:
 * <ul>
 * <li>signing in applies the account's language to the browser (a language picked on the sign-in page just before
 * is the newest choice and is stored on the account instead); before any choice the browser's cookie or
 * Accept-Language decides;</li>
 * <li>signing in brings back a form refused because its session had ended ({@link ExpiredSessionForms}), only to
 * the user who typed it, and otherwise returns to the page asked for before sign-in;</li>
 * <li>signing out forgets the browser's kept form and owner tag.</li>
 * </ul>
 */
@Component
public class WorkspaceSignIn implements WebChainCustomizer, AuthenticationSuccessHandler {

    private final AccountLanguage languages;
    private final UnsentForms unsent;
    private final ExpiredSessionForms expired;
    private final SavedRequestAwareAuthenticationSuccessHandler savedPage =
            new SavedRequestAwareAuthenticationSuccessHandler();

    public WorkspaceSignIn(AccountLanguage languages, UnsentForms unsent, ExpiredSessionForms expired) {
        this.languages = languages;
        this.unsent = unsent;
        this.expired = expired;
    }

    @Override
    public void customize(HttpSecurity http) throws Exception {
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(ExpiredSessionForms::pageToReturnTo);
        http.formLogin(f -> f.successHandler(this))
                .requestCache(c -> c.requestCache(pages))
                .exceptionHandling(x -> x.accessDeniedHandler(expired).authenticationEntryPoint(expired))
                .logout(l -> l.addLogoutHandler((req, res, auth) -> forget(req, res, unsent)))
                // The IIN check as typed (POST, changes nothing) without a session has no token to check: storing a
                // fresh one would start a session; it gets 401 from the entry point instead.
                .csrf(c -> c.requireCsrfProtectionMatcher(req -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(req)
                        && !(FormPages.path(req).equals("/requests/check-id") && req.getSession(false) == null)));
    }

    /** Signing out: the browser's kept form (if any) and its owner tag are forgotten. */
    static void forget(HttpServletRequest req, HttpServletResponse res, UnsentForms unsent) {
        unsent.discard(WebCookies.read(req, UnsentForms.COOKIE));
        WebCookies.clear(res, UnsentForms.COOKIE);
        WebCookies.clear(res, UnsentForms.OWNER_COOKIE);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest req, HttpServletResponse res, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        if (!(auth.getPrincipal() instanceof CertCopyUser user)) {
            savedPage.onAuthenticationSuccess(req, res, auth);
            return;
        }
        String username = user.getUsername();
        HttpSession session = req.getSession();
        Object picked = session.getAttribute(WebLanguage.CHOSEN_BEFORE_SIGN_IN);
        session.removeAttribute(WebLanguage.CHOSEN_BEFORE_SIGN_IN);
        if (picked instanceof String lang && AccountLanguage.supported(lang)) {
            languages.choose(user.actor(), lang);
            WebLanguage.remember(lang, res);
        } else {
            languages.of(username).ifPresent(lang -> WebLanguage.remember(lang, res));
        }
        WebCookies.set(res, UnsentForms.OWNER_COOKIE, unsent.ownerTag(username), null);

        String id = WebCookies.read(req, UnsentForms.COOKIE);
        if (id != null) {
            WebCookies.clear(res, UnsentForms.COOKIE);
            var form = unsent.claim(id, username); // someone else's form is thrown away here
            if (form.isPresent()) {
                session.setAttribute(UnsentForms.SESSION_ATTRIBUTE, form.get());
                res.sendRedirect(req.getContextPath() + form.get().page());
                return;
            }
        }
        savedPage.onAuthenticationSuccess(req, res, auth);
    }
}
