package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.AccountLanguage;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.security.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Who am I (with the language I chose), and which centers exist. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
public class DirectoryController {

    private final ServiceCenters centers;
    private final CurrentActor actor;
    private final AccountLanguage languages;
    private final Problems problems;

    public DirectoryController(ServiceCenters centers, CurrentActor actor, AccountLanguage languages,
                               Problems problems) {
        this.centers = centers;
        this.actor = actor;
        this.languages = languages;
        this.problems = problems;
    }

    /** The signed-in user; {@code language} is null until they choose one (then the browser's language applies). */
    public record Me(String username, String iin, String centerId, Set<Role> roles, String language) {
    }

    /** A language value that is not kk, ru, en or null: the problem names the field. */
    static final class BadLanguage extends RuntimeException {
        BadLanguage() {
            super("INVALID_LANGUAGE", null, false, false);
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: username, center, roles, chosen language (kk, ru, en or null)")
    public Me me() {
        return me(actor.get());
    }

    @PutMapping(path = "/me/language", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Choose the workspace language: {\"language\": \"kk\" | \"ru\" | \"en\" | null (forget)}")
    public Me chooseLanguage(@RequestBody JsonNode body) {
        if (body == null || !body.isObject() || !body.has("language")) {
            throw new BadLanguage();
        }
        for (String name : body.propertyNames()) {
            if (!name.equals("language")) { // read as a tree, so refused here as the typed bodies refuse it
                throw new CertCopyException("UNKNOWN_FIELD", ErrorKind.INVALID_INPUT, name);
            }
        }
        JsonNode value = body.get("language");
        if (!value.isNull() && !(value.isString() && AccountLanguage.supported(value.asString()))) {
            throw new BadLanguage();
        }
        Actor a = actor.get();
        languages.choose(a, value.isNull() ? null : value.asString());
        return me(a);
    }

    @ExceptionHandler(BadLanguage.class)
    ResponseEntity<ProblemDetail> badLanguage() {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = problems.of(400, "INVALID_LANGUAGE", new Object[0], locale);
        p.setProperty("field", "language");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @GetMapping("/centers")
    @Operation(summary = "Public Service Centers (ХҚКО / ЦОН)")
    public List<ServiceCenter> centers() {
        return centers.all();
    }

    private Me me(Actor a) {
        return new Me(a.username(), a.iin(), a.centerId(), a.roles(), languages.of(a.username()).orElse(null));
    }
}
