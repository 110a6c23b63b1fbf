package kz.certcopy.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.trust.CertificateValidator;

/**
 * The facade the certification workflow calls for server-side signing: every call checks the signer certificate
 * (usage/role, chain, validity, revocation) at the signing instant before the key is used.
 */
public final class ClerkSigner {

    private final Supplier<SigningKey> key;
    private final CadesSigner cades;
    private final PadesSigner pades;
    private final CertificateValidator validator;
    private final ClerkCertificatePolicy policy;
    private final Clock clock;
    private final CadesLevel level;

    public ClerkSigner(Supplier<SigningKey> key, CadesSigner cades, PadesSigner pades, CertificateValidator validator,
                       ClerkCertificatePolicy policy, Clock clock, CadesLevel level) {
        this.key = key;
        this.cades = cades;
        this.pades = pades;
        this.validator = validator;
        this.policy = policy;
        this.clock = clock;
        this.level = level;
    }

    /** PAdES on the PDF, then a detached CAdES over the final PDF bytes. */
    public SignedCopy signCopy(byte[] pdf, PadesOptions options) {
        SigningKey k = key.get();
        Instant now = clock.instant();
        CertificateIdentity who = check(k, now);
        byte[] signedPdf = pades.sign(pdf, options, now,
                content -> cades.sign(content, k, AttributeProfile.PADES, level, now));
        byte[] cms = cades.sign(signedPdf, k, AttributeProfile.CADES, level, now);
        return new SignedCopy(signedPdf, cms, who, now);
    }

    /** PAdES only. */
    public byte[] signPdf(byte[] pdf, PadesOptions options) {
        SigningKey k = key.get();
        Instant now = clock.instant();
        check(k, now);
        return pades.sign(pdf, options, now, content -> cades.sign(content, k, AttributeProfile.PADES, level, now));
    }

    /** Detached CAdES over any document. */
    public byte[] signDetached(byte[] document) {
        SigningKey k = key.get();
        Instant now = clock.instant();
        check(k, now);
        return cades.sign(document, k, AttributeProfile.CADES, level, now);
    }

    private CertificateIdentity check(SigningKey k, Instant now) {
        CertificateIdentity who = policy.check(k.certificate());
        validator.requireValid(k.certificate(), k.chain().size() > 1 ? k.chain().subList(1, k.chain().size())
                : List.of(), now);
        return who;
    }
}
