package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import kz.certcopy.security.AccountLanguage;
import kz.certcopy.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the language switch (kk / ru / en). The choice is stored on the account (so it follows the
 * clerk to any workstation, see {@link WorkspaceSignIn}) and in the browser's cookie (for the sign-in page).
 */
@Controller
public class LanguageController {

    private final AccountLanguage languages;
    private final CurrentActor current;

    public LanguageController(AccountLanguage languages, CurrentActor current) {
        this.languages = languages;
        this.current = current;
    }

    /**
     * The sign-in page; {@code ?lang=} switches its language before signing in, and signing in then stores that
     * choice on the account (it is the newest one the clerk made).
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String lang, HttpServletRequest req, HttpServletResponse res) {
        if (WebLanguage.remember(lang, res)) {
            req.getSession(true).setAttribute(WebLanguage.CHOSEN_BEFORE_SIGN_IN, lang);
            return "redirect:/login";
        }
        return "login";
    }

    /** Switches the language of the signed-in user and goes back to the page they were on (same site only). */
    @PostMapping("/language")
    String change(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletResponse res) {
        if (WebLanguage.remember(lang, res)) {
            languages.choose(current.get(), lang);
        }
        return "redirect:" + local(back);
    }

    /** Only a path of this site: never an absolute URL someone slipped in. */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        try {
            URI u = URI.create(back.replace(" ", "%20"));
            return u.getHost() == null && u.getScheme() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
