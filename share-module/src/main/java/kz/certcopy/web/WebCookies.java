package kz.certcopy.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/** The workspace's own cookies: HttpOnly, same-site (Lax), for the whole site. */
final class WebCookies {

    private WebCookies() {
    }

    static String read(HttpServletRequest req, String name) {
        if (req.getCookies() == null) {
            return null;
        }
        for (Cookie c : req.getCookies()) {
            if (name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** {@code maxAge} null: until the browser closes. */
    static void set(HttpServletResponse res, String name, String value, Duration maxAge) {
        ResponseCookie.ResponseCookieBuilder c = ResponseCookie.from(name, value).path("/").httpOnly(true)
                .sameSite("Lax");
        if (maxAge != null) {
            c.maxAge(maxAge);
        }
        res.addHeader("Set-Cookie", c.build().toString());
    }

    static void clear(HttpServletResponse res, String name) {
        set(res, name, "", Duration.ZERO);
    }
}
