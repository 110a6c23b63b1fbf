package kz.certcopy.signing.trust;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configured trust: self-issued certificates are anchors (NCA RK roots), the rest are known intermediates
 * (NCA RK issuing CAs) used to complete chains that signatures do not carry.
 */
public final class TrustAnchors {

    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private final List<X509Certificate> all;

    public TrustAnchors(List<X509Certificate> certificates) {
        for (X509Certificate c : certificates) {
            if (Certificates.isSelfIssued(c)) {
                anchors.add(new TrustAnchor(c, null));
            } else {
                intermediates.add(c);
            }
        }
        all = List.copyOf(certificates);
    }

    public Set<TrustAnchor> anchors() {
        return Set.copyOf(anchors);
    }

    public List<X509Certificate> intermediates() {
        return List.copyOf(intermediates);
    }

    public List<X509Certificate> certificates() {
        return all;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }
}
