package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forms kept across an expired session, between the refused POST and the next sign-in in the same browser.
 * <p>
 * They live in this process's memory only (never in the database, the logs or the browser), for at most
 * {@code certcopy.web.unsent-form-ttl} (15 minutes), at most {@value #MAX_FORMS} at a time. The browser holds only
 * a random id (cookie {@value #COOKIE}); the form is handed over at sign-in only to the user whose tag (an HMAC of
 * the username under a key of this process, cookie {@value #OWNER_COOKIE} set at sign-in) it was kept with, and
 * thrown away for anyone else.
 */
@Component
public class UnsentForms {

    public static final String COOKIE = "certcopy-unsent";
    public static final String OWNER_COOKIE = "certcopy-desk";
    /** The session attribute holding a form handed back after sign-in, until it is sent again or runs out. */
    public static final String SESSION_ATTRIBUTE = UnsentForms.class.getName() + ".restored";
    static final int MAX_FORMS = 2000;
    static final int MAX_CHARS = 32_768;
    static final int MAX_VALUES = 400;

    private final Map<String, UnsentForm> forms = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration ttl;

    public UnsentForms(Clock clock, @Value("${certcopy.web.unsent-form-ttl:PT15M}") Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        random.nextBytes(key);
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public Duration ttl() {
        return ttl;
    }

    /** Keeps a form; returns the id for the browser's cookie. */
    public String keep(UnsentForm form) {
        sweep();
        if (forms.size() >= MAX_FORMS) { // a flood of refused POSTs must not fill the memory: oldest go first
            forms.entrySet().stream().min(Map.Entry.comparingByValue(
                    java.util.Comparator.comparing(UnsentForm::keptAt))).ifPresent(e -> forms.remove(e.getKey()));
        }
        byte[] id = new byte[18];
        random.nextBytes(id);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        forms.put(key, form);
        return key;
    }

    /**
     * Takes the form out for the user signing in: it is removed in every case, and returned only when it is still
     * fresh and was kept for this user (a form kept without an owner never holds typed fields, only the place).
     */
    public Optional<UnsentForm> claim(String id, String username) {
        UnsentForm f = id == null ? null : forms.remove(id);
        if (f == null || expired(f)) {
            return Optional.empty();
        }
        boolean own = f.owner() == null ? !f.hasFields() : f.owner().equals(ownerTag(username));
        return own ? Optional.of(f) : Optional.empty();
    }

    public void discard(String id) {
        if (id != null) {
            forms.remove(id);
        }
    }

    public boolean expired(UnsentForm f) {
        return f.keptAt().plus(ttl).isBefore(clock.instant());
    }

    /** Number of forms held (tests, monitoring). */
    public int size() {
        return forms.size();
    }

    /** The tag of a user: links a kept form to whoever typed it without putting the username in a cookie. */
    public String ownerTag(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * The text fields of a url-encoded form, without the CSRF token and passwords; empty when the request is not
     * such a form (a multipart upload keeps no file bytes) or is too large to keep.
     */
    static Map<String, List<String>> fieldsOf(HttpServletRequest req) {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        int chars = 0;
        int values = 0;
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (name.startsWith("_") || name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                continue;
            }
            for (String v : e.getValue()) {
                chars += name.length() + v.length();
                values++;
            }
            if (chars > MAX_CHARS || values > MAX_VALUES) {
                return Map.of();
            }
            out.put(name, List.of(e.getValue()));
        }
        return out;
    }

    @Scheduled(fixedDelay = 60_000)
    void sweep() {
        for (Iterator<UnsentForm> it = forms.values().iterator(); it.hasNext(); ) {
            if (expired(it.next())) {
                it.remove();
            }
        }
    }
}
