package kz.certcopy.signing.validation;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.identity.IdentityReader;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.Certificates;
import kz.certcopy.signing.trust.ChainResult;
import kz.certcopy.signing.trust.RevocationStatus;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * Validates each SignerInfo of a CMS: signer certificate, integrity (message digest + signature), signing-certificate
 * attribute, signature time-stamp, chain and revocation at the best known signing time. It never reports
 * TOTAL_PASSED unless every check passed.
 */
public final class CmsSignatureValidator {

    private final CertificateValidator certificates;
    private final Clock clock;

    public CmsSignatureValidator(CertificateValidator certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /** @param data CMS with its (attached or supplied detached) content; null content → SIGNED_DATA_NOT_FOUND */
    public List<SignatureReport> validate(CMSSignedData data, boolean contentPresent) {
        List<SignatureReport> reports = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = data.getCertificates();
        List<X509Certificate> embedded = new ArrayList<>();
        for (X509CertificateHolder h : store.getMatches(null)) {
            try {
                embedded.add(Certificates.certificate(h.getEncoded()));
            } catch (Exception e) {
                // an unreadable extra certificate only matters if it is the signer's, handled below
            }
        }
        int index = 0;
        for (SignerInformation si : data.getSignerInfos().getSigners()) {
            reports.add(validateSigner(index++, si, store, embedded, contentPresent));
        }
        return reports;
    }

    private SignatureReport validateSigner(int index, SignerInformation si, Store<X509CertificateHolder> store,
                                           List<X509Certificate> embedded, boolean contentPresent) {
        Instant at = clock.instant();
        List<String> notes = new ArrayList<>();
        String sigAlg = si.getEncryptionAlgOID();
        String digAlg = si.getDigestAlgOID();
        Instant claimed = signingTime(si);
        Builder b = new Builder(index, sigAlg, digAlg, claimed, at, notes);

        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = store.getMatches(si.getSID());
        if (matches.isEmpty()) {
            return b.result(Indication.INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND, null);
        }
        X509Certificate cert;
        PublicKey key;
        try {
            cert = Certificates.certificate(matches.iterator().next().getEncoded());
            key = cert.getPublicKey();
        } catch (Exception e) {
            notes.add("signer certificate or its key algorithm is not supported");
            return b.result(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE, null);
        }
        CertificateIdentity identity = IdentityReader.read(cert);
        if (!contentPresent) {
            notes.add("detached signature: signed content not supplied");
            return b.result(Indication.INDETERMINATE, SubIndication.SIGNED_DATA_NOT_FOUND, identity);
        }
        try {
            if (!si.verify(CmsAlgorithms.signerVerifier(key))) {
                return b.result(Indication.TOTAL_FAILED, SubIndication.SIG_CRYPTO_FAILURE, identity);
            }
        } catch (CMSSignerDigestMismatchException e) {
            return b.result(Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE, identity);
        } catch (Exception e) {
            notes.add("signature algorithm not supported or signature unreadable");
            return b.result(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE, identity);
        }
        b.integrity = true;
        if (!signingCertificateMatches(si, cert, notes)) {
            return b.result(Indication.INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND, identity);
        }
        if (claimed != null && (claimed.isBefore(cert.getNotBefore().toInstant())
                || claimed.isAfter(cert.getNotAfter().toInstant()))) {
            notes.add("claimed signing time is outside the certificate validity");
        }
        TimestampCheck ts = timestamp(si, notes);
        if (ts.present && !ts.valid) {
            return b.result(Indication.TOTAL_FAILED, SubIndication.TIMESTAMP_FAILURE, identity);
        }
        b.timestampTime = ts.time;
        b.timestampTrusted = ts.trusted;
        Instant validationTime = ts.trusted ? ts.time : at;
        b.validationTime = validationTime;
        if (!usableForSigning(cert)) {
            b.chain = "wrong key usage";
            return b.result(Indication.INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE, identity);
        }
        ChainResult chain = certificates.validate(cert, embedded, validationTime);
        b.chain = chain.code() == null ? "trusted" : chain.code();
        RevocationStatus rev = chain.revocation();
        b.revocation = rev == null ? "not checked" : rev.state() + (rev.source() == null ? "" : " (" + rev.source() + ")");
        if (chain.passed()) {
            return b.result(Indication.TOTAL_PASSED, null, identity);
        }
        return switch (chain.code()) {
            case SigningErrors.CERT_EXPIRED -> ts.trusted
                    ? b.result(Indication.TOTAL_FAILED, SubIndication.EXPIRED, identity)
                    : b.result(Indication.INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NO_POE, identity);
            case SigningErrors.CERT_NOT_YET_VALID -> b.result(Indication.TOTAL_FAILED, SubIndication.NOT_YET_VALID,
                    identity);
            case SigningErrors.CERT_REVOKED -> ts.trusted
                    ? b.result(Indication.TOTAL_FAILED, SubIndication.REVOKED, identity)
                    : b.result(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE, identity);
            case SigningErrors.REVOCATION_UNKNOWN -> b.result(Indication.INDETERMINATE, SubIndication.TRY_LATER,
                    identity);
            default -> b.result(Indication.INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND, identity);
        };
    }

    private static boolean usableForSigning(X509Certificate cert) {
        boolean[] ku = cert.getKeyUsage();
        return ku == null || (ku.length > 1 && (ku[0] || ku[1]));
    }

    static Instant signingTime(SignerInformation si) {
        AttributeTable signed = si.getSignedAttributes();
        Attribute a = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() != 1) {
            return null;
        }
        ASN1Encodable v = a.getAttrValues().getObjectAt(0);
        try {
            if (v instanceof ASN1UTCTime utc) {
                return utc.getAdjustedDate().toInstant();
            }
            if (v instanceof ASN1GeneralizedTime gt) {
                return gt.getDate().toInstant();
            }
        } catch (java.text.ParseException e) {
            return null;
        }
        return null;
    }

    private static boolean signingCertificateMatches(SignerInformation si, X509Certificate cert, List<String> notes) {
        AttributeTable signed = si.getSignedAttributes();
        Attribute a = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return true;
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts()[0];
            String alg = id.getHashAlgorithm().getAlgorithm().getId();
            byte[] expected = MessageDigest.getInstance(digestName(alg)).digest(cert.getEncoded());
            if (MessageDigest.isEqual(expected, id.getCertHash())) {
                return true;
            }
        } catch (Exception e) {
            // fall through
        }
        notes.add("signingCertificateV2 does not match the signer certificate");
        return false;
    }

    private static String digestName(String oid) {
        return Map.of("2.16.840.1.101.3.4.2.1", "SHA-256", "2.16.840.1.101.3.4.2.2", "SHA-384",
                "2.16.840.1.101.3.4.2.3", "SHA-512", "1.3.14.3.2.26", "SHA-1").getOrDefault(oid, oid);
    }

    private record TimestampCheck(boolean present, boolean valid, boolean trusted, Instant time) {
    }

    private TimestampCheck timestamp(SignerInformation si, List<String> notes) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute a = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null) {
            return new TimestampCheck(false, false, false, null);
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(a.getAttrValues().getObjectAt(0)));
            ASN1ObjectIdentifier alg = token.getTimeStampInfo().getMessageImprintAlgOID();
            byte[] imprint = MessageDigest.getInstance(digestName(alg.getId())).digest(si.getSignature());
            if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                notes.add("time-stamp imprint does not match the signature value");
                return new TimestampCheck(true, false, false, null);
            }
            TimestampVerifier.Result r = TimestampVerifier.verify(token, certificates);
            notes.addAll(r.notes());
            return new TimestampCheck(true, r.valid(), r.trusted(), r.valid() ? r.time() : null);
        } catch (Exception e) {
            notes.add("time-stamp token unreadable");
            return new TimestampCheck(true, false, false, null);
        }
    }

    /** Private helper collecting the report fields. */
    private static final class Builder {
        final int index;
        final String sigAlg;
        final String digAlg;
        final Instant claimed;
        final List<String> notes;
        Instant validationTime;
        Instant timestampTime;
        boolean timestampTrusted;
        boolean integrity;
        String chain = "not checked";
        String revocation = "not checked";

        Builder(int index, String sigAlg, String digAlg, Instant claimed, Instant at, List<String> notes) {
            this.index = index;
            this.sigAlg = sigAlg;
            this.digAlg = digAlg;
            this.claimed = claimed;
            this.validationTime = at;
            this.notes = notes;
        }

        SignatureReport result(Indication indication, SubIndication sub, CertificateIdentity identity) {
            return new SignatureReport(index, indication, sub, identity, sigAlg, digAlg, claimed, timestampTime,
                    timestampTrusted, integrity, chain, revocation, validationTime, notes);
        }
    }

    static boolean isTimestampingCert(X509Certificate c) {
        try {
            return c.getExtendedKeyUsage() != null
                    && c.getExtendedKeyUsage().contains(KeyPurposeId.id_kp_timeStamping.getId());
        } catch (Exception e) {
            return false;
        }
    }
}
