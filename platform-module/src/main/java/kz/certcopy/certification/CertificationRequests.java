package kz.certcopy.certification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where requests are kept (port; the JDBC adapter lives in {@code storage}). */
public interface CertificationRequests {

    void add(CertificationRequest request);

    /**
     * Writes the request back if nobody changed it since it was read ({@code request.version()}); otherwise fails
     * with {@code CONCURRENT_UPDATE} (409). Returns the new version.
     */
    long update(CertificationRequest request);

    Optional<CertificationRequest> find(CertificationRequestId id);

    /** Requests of a center registered in [from, to), newest first. */
    List<CertificationRequest> findByCenter(String centerId, Instant from, Instant to, int limit);
}
