package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and which centers exist. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
public class DirectoryController {

    private final ServiceCenters centers;
    private final CurrentActor actor;

    public DirectoryController(ServiceCenters centers, CurrentActor actor) {
        this.centers = centers;
        this.actor = actor;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: username, center, roles")
    public Actor me() {
        return actor.get();
    }

    @GetMapping("/centers")
    @Operation(summary = "Public Service Centers (ХҚКО / ЦОН)")
    public List<ServiceCenter> centers() {
        return centers.all();
    }
}
