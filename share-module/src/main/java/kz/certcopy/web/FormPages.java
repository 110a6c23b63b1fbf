package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workspace's POST-only addresses and the page that holds each one's form. A browser still asks for such an
 * address with GET — a reload, the language switch or a bookmark after a form came back with an error — and is then
 * sent to that page instead of getting the API's 405 as JSON; a page rendered as the answer to a POST puts that
 * page's address in the address bar ({@link WorkspaceAdvice}), and a form sent after its session ended comes back
 * there ({@link ExpiredSessionForms}).
 */
@Controller
public class FormPages {

    private static final String UUID = "[0-9a-fA-F-]{36}";
    /** POST path → the page (GET) with its form. */
    private static final List<Map.Entry<Pattern, String>> PAGES = List.of(
            Map.entry(Pattern.compile("/requests|/requests/check-id"), "/requests/new"),
            Map.entry(Pattern.compile("/requests/(" + UUID + ")/.+"), "/requests/$1"),
            Map.entry(Pattern.compile("/copies(?:/" + UUID + "/media)?"), "/copies"),
            Map.entry(Pattern.compile("/records/holds"), "/records"),
            Map.entry(Pattern.compile("/language|/logout"), "/"));

    /** The page holding the form sent to {@code path} (context-relative), if it is one of the workspace's. */
    static Optional<String> pageOf(String path) {
        for (Map.Entry<Pattern, String> p : PAGES) {
            Matcher m = p.getKey().matcher(path);
            if (m.matches()) {
                return Optional.of(m.replaceFirst(p.getValue()));
            }
        }
        return Optional.empty();
    }

    static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }

    /** A GET of a POST-only address: the page with its form (never a sign-out or any other change). */
    @GetMapping({"/requests", "/requests/check-id", "/requests/{id}/refusal", "/requests/{id}/originals/{n}/certify",
            "/requests/{id}/copies/{copyId}/media", "/copies/{copyId}/media", "/records/holds", "/language",
            "/logout"})
    String page(HttpServletRequest req) {
        return "redirect:" + pageOf(path(req)).orElse("/");
    }
}
