package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.certcopy.security.CertCopyUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A workspace form that arrives after its session ended (no session, so no CSRF token to match; or a page older
 * than the clerk's latest sign-in) is not lost: its text fields are kept for this browser ({@link UnsentForms}),
 * the clerk signs in, and comes back to the same form filled in again with a notice to check it and send it again.
 * Nothing is ever sent on the clerk's behalf. Other refused POSTs (certify, write to media, ...) keep the clerk's
 * place only. Pages asked for with GET go to sign-in as before and come back after it.
 */
@Component
public class ExpiredSessionForms implements AccessDeniedHandler, AuthenticationEntryPoint {

    /**
     * The workspace's forms whose fields are worth keeping (new request, refusal, copy search); other changes
     * (certify, write to media, ...) keep the place only: the page of their form ({@link FormPages}).
     */
    private static final Pattern FORMS = Pattern.compile("/requests|/requests/[0-9a-fA-F-]{36}/refusal|/copies");

    private final UnsentForms unsent;
    private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    public ExpiredSessionForms(UnsentForms unsent) {
        this.unsent = unsent;
    }

    /** Not signed in (any more). */
    @Override
    public void commence(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (backgroundCall(req)) {
            // A page's own call (the Today refresh, the IIN check, an image) gets 401, not the sign-in page: rendering
            // that page for it would start a session whose cookie replaces the one of the sign-in page the clerk is
            // looking at, and the clerk's next sign-in would fail its token check. Nothing typed is kept for it.
            expiredCall(res);
        } else if (isRead(req)) {
            signIn.commence(req, res, e);
        } else {
            keep(req, res);
        }
    }

    /** A form without a valid CSRF token: its session has ended, or a newer sign-in replaced it. */
    @Override
    public void handle(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof CsrfException && !isRead(req) && backgroundCall(req)) {
            expiredCall(res); // a script's call from a page older than the latest sign-in: not a form to keep
        } else if (e instanceof CsrfException && !isRead(req)) {
            keep(req, res);
        } else {
            denied.handle(req, res, e);
        }
    }

    private static void expiredCall(HttpServletResponse res) {
        res.setHeader("WWW-Authenticate", "FormLogin realm=\"CertCopy\", location=\"/login\"");
        res.setStatus(HttpServletResponse.SC_UNAUTHORIZED); // no error page either: it would render a token too
    }

    private void keep(HttpServletRequest req, HttpServletResponse res)
            throws IOException, jakarta.servlet.ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String base = req.getContextPath();
        switch (path) {
            case "/logout" -> { // the session is gone already: sign-out forgets what the browser still holds
                WorkspaceSignIn.forget(req, res, unsent);
                res.sendRedirect(base + "/login?logout");
                return;
            }
            case "/login" -> { // a sign-in page left open too long: its token ran out (the password is not kept)
                res.sendRedirect(base + "/login?expired");
                return;
            }
            default -> {
            }
        }
        if (!sameOrigin(req)) { // another site's form: refused as before, nothing kept, nothing shown to the clerk
            denied.handle(req, res, new AccessDeniedException("cross-site form"));
            return;
        }
        String page = FormPages.pageOf(path).orElse(null);
        Map<String, List<String>> fields = FORMS.matcher(path).matches() ? UnsentForms.fieldsOf(req) : Map.of();
        String action = path;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.getPrincipal() instanceof CertCopyUser;
        if ("/language".equals(path)) { // the switch still works; the account gets it at the next sign-in
            String lang = req.getParameter("lang");
            if (WebLanguage.remember(lang, res) && !signedIn) {
                req.getSession(true).setAttribute(WebLanguage.CHOSEN_BEFORE_SIGN_IN, lang);
            }
            page = LanguageController.local(req.getParameter("back"));
            action = null; // nothing for the clerk to repeat
            if (signedIn) {
                res.sendRedirect(base + page);
                return;
            }
        }
        if (page == null) {
            page = refererPath(req);
        }
        if (signedIn && auth.getPrincipal() instanceof CertCopyUser user) {
            // signed in again meanwhile (another tab): back to the form at once, filled in
            req.getSession().setAttribute(UnsentForms.SESSION_ATTRIBUTE, new UnsentForm(action, page, fields,
                    unsent.ownerTag(user.getUsername()), unsent.now()));
            res.sendRedirect(base + page);
            return;
        }
        String owner = WebCookies.read(req, UnsentForms.OWNER_COOKIE);
        if (owner == null) {
            fields = Map.of(); // whose typing this is cannot be told: keep the place only
        }
        String previous = WebCookies.read(req, UnsentForms.COOKIE);
        unsent.discard(previous);
        String id = unsent.keep(new UnsentForm(action, page, fields, owner, unsent.now()));
        WebCookies.set(res, UnsentForms.COOKIE, id, unsent.ttl());
        res.sendRedirect(base + "/login?expired");
    }

    /**
     * A request the browser makes for a page (fetch, image, script), not a navigation of the clerk's: Fetch Metadata
     * names its destination, or a script marked it. Browsers without Fetch Metadata count as navigations.
     */
    static boolean backgroundCall(HttpServletRequest req) {
        String dest = req.getHeader("Sec-Fetch-Dest");
        return req.getHeader("X-Requested-With") != null
                || dest != null && !dest.equals("document") && !dest.equals("iframe") && !dest.equals("frame");
    }

    /** Pages remembered to return to after sign-in: the clerk's navigations only (saving one starts a session). */
    static boolean pageToReturnTo(HttpServletRequest req) {
        return "GET".equals(req.getMethod()) && !backgroundCall(req);
    }

    private static boolean isRead(HttpServletRequest req) {
        String m = req.getMethod();
        return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
    }

    /**
     * Whether the form was sent from a page of this site (Fetch Metadata, else {@code Origin}, else {@code Referer}).
     * Only such forms are kept: another site must not be able to pre-fill a clerk's form with its own data.
     */
    static boolean sameOrigin(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String from = req.getHeader("Origin") != null ? req.getHeader("Origin") : req.getHeader("Referer");
        if (from == null || from.equals("null")) {
            return false;
        }
        try {
            URI u = URI.create(from);
            return u.getHost() != null && u.getHost().equalsIgnoreCase(req.getServerName())
                    && (u.getPort() == -1 ? defaultPort(u.getScheme()) : u.getPort()) == req.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    /** The page the form was sent from (a page of this site: checked before); the start page without one. */
    private static String refererPath(HttpServletRequest req) {
        String referer = req.getHeader("Referer");
        try {
            URI u = referer == null ? null : URI.create(referer);
            if (u == null || u.getRawPath() == null) {
                return "/";
            }
            return LanguageController.local(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
