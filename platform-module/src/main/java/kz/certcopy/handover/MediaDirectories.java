package kz.certcopy.handover;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where each center's desk writes hand-over packages: the removable medium mounted for that center
 * ({@code certcopy.handover.center-media-dir[<center>]}), else the node's one ({@code certcopy.handover.media-dir}).
 * A copy handed over again at another center (rule 8) goes to the medium of the center handing it over.
 */
public final class MediaDirectories {

    private final Path fallback;
    private final Map<String, Path> byCenter;

    public MediaDirectories(Path fallback, Map<String, Path> byCenter) {
        this.fallback = fallback;
        this.byCenter = Map.copyOf(byCenter);
    }

    /** The directory for the center's desk; empty when hand-over on media is not offered there. */
    public Optional<Path> of(String centerId) {
        return Optional.ofNullable(centerId == null ? fallback : byCenter.getOrDefault(centerId, fallback));
    }
}
