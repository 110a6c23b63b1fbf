package kz.certcopy.intake.mark;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the verification URL printed and encoded on the sheet from the configured base URL. */
public final class VerificationUrls {

    private final String base;

    /** @param baseUrl e.g. {@code https://certcopy.example.kz/verify}; must be absolute http(s) */
    public VerificationUrls(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("verification base URL must be absolute http(s)");
        }
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String forCopy(String copyId) {
        return base + "/" + URLEncoder.encode(copyId, StandardCharsets.UTF_8);
    }
}
