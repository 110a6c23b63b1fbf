package kz.certcopy.copies;

import java.util.Optional;

/**
 * The certificate (DER) of each clerk's last successful certification through NCALayer (port; JDBC adapter in
 * {@code storage}). It lets the next certification start without asking NCALayer which key the clerk holds —
 * NCALayer opens its password dialog for that question too. One per clerk account, never shared between accounts.
 */
public interface RememberedCertificates {

    Optional<byte[]> of(String clerk);

    /** Keeps {@code certificate} as the clerk's, replacing the one kept before. */
    void remember(String clerk, byte[] certificate);

    /** Drops the clerk's certificate if it still is {@code certificate} (a newer one stays). */
    void forget(String clerk, byte[] certificate);
}
