package kz.certcopy.security;

import java.util.List;
import java.util.Optional;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a user chose for the workspace ({@code app_user.language}: kk, ru or en; none until they choose).
 * A change is an account change and is audited like the others ({@code USER_LANGUAGE_SET}).
 */
@Component
public class AccountLanguage {

    /** The workspace's languages, in the order the switch shows them. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public AccountLanguage(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public static boolean supported(String lang) {
        return lang != null && LANGUAGES.contains(lang);
    }

    /** The user's chosen language, if they chose one. */
    public Optional<String> of(String username) {
        return jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(l -> l);
    }

    /**
     * Stores the actor's choice ({@code null} forgets it: the browser decides again). Unknown values are refused
     * with {@code INVALID_LANGUAGE}; choosing the language already stored changes and records nothing.
     */
    @Transactional
    public void choose(Actor actor, String lang) {
        if (lang != null && !supported(lang)) {
            throw new CertCopyException("INVALID_LANGUAGE", ErrorKind.INVALID_INPUT);
        }
        int changed = jdbc.sql("UPDATE app_user SET language = ? WHERE username = ? AND language IS DISTINCT FROM ?")
                .params(lang, actor.username(), lang).update();
        if (changed > 0) {
            audit.record(actor, "USER_LANGUAGE_SET", "user:" + actor.username(), null);
        }
    }
}
