package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the language switch (kk / ru / en). */
@Controller
public class LanguageController {

    /** The sign-in page; {@code ?lang=} switches its language before signing in. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String lang, HttpServletResponse res) {
        if (WebLanguage.remember(lang, res)) {
            return "redirect:/login";
        }
        return "login";
    }

    /** Switches the language and goes back to the page the clerk was on (same site only). */
    @PostMapping("/language")
    String change(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletRequest req,
                  HttpServletResponse res) {
        WebLanguage.remember(lang, res);
        return "redirect:" + local(back);
    }

    /** Only a path of this site: never an absolute URL someone slipped in. */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//")) {
            return "/";
        }
        URI u = URI.create(back.replace(" ", "%20"));
        return u.getHost() == null ? back : "/";
    }
}
