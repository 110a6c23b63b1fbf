package kz.certcopy.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Picks kk, ru or en from {@code Accept-Language} by the header's own priorities (RFC 4647 lookup), and Russian —
 * the documented default — for everything else: no header, no supported language, or a header that cannot be
 * parsed. It reads the header itself: the servlet container answers an unreadable header with the JVM's default
 * locale, which would make the fallback depend on the machine.
 */
final class AcceptLanguageResolver extends AcceptHeaderLocaleResolver {

    private final List<Locale> supported;
    private final Locale fallback;

    AcceptLanguageResolver(List<Locale> supported, Locale fallback) {
        this.supported = List.copyOf(supported);
        this.fallback = fallback;
        setSupportedLocales(supported);
        setDefaultLocale(fallback);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0 || range.getRange().equals("*")) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            for (Locale l : supported) {
                if (l.getLanguage().equalsIgnoreCase(language)) {
                    return l;
                }
            }
        }
        return fallback;
    }
}
