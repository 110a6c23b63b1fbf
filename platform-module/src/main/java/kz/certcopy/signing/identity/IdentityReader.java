package kz.certcopy.signing.identity;

import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KzOids;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** Reads identity, purpose and role from NCA RK certificates (never relies on the order of DN attributes). */
public final class IdentityReader {

    private IdentityReader() {
    }

    public static CertificateIdentity read(X509Certificate cert) {
        X500Name subject;
        X500Name issuer;
        List<String> policies = new ArrayList<>();
        try {
            var holder = new JcaX509CertificateHolder(cert);
            subject = holder.getSubject();
            issuer = holder.getIssuer();
            Extension ext = holder.getExtension(Extension.certificatePolicies);
            if (ext != null) {
                for (PolicyInformation p : CertificatePolicies.getInstance(ext.getParsedValue()).getPolicyInformation()) {
                    policies.add(p.getPolicyIdentifier().getId());
                }
            }
        } catch (CertificateEncodingException | IllegalArgumentException e) {
            throw SigningErrors.error(SigningErrors.CERTIFICATE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
        Set<String> ekus = new HashSet<>();
        try {
            if (cert.getExtendedKeyUsage() != null) {
                ekus.addAll(cert.getExtendedKeyUsage());
            }
        } catch (CertificateParsingException e) {
            throw SigningErrors.error(SigningErrors.CERTIFICATE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
        String serialNumber = value(subject, BCStyle.SERIALNUMBER);
        String iin = strip(serialNumber, "IIN");
        String bin = strip(value(subject, BCStyle.OU), "BIN");
        if (bin == null) {
            bin = strip(serialNumber, "BIN");
        }
        return new CertificateIdentity(value(subject, BCStyle.CN), value(subject, BCStyle.SURNAME),
                value(subject, BCStyle.GIVENNAME), iin, bin, value(subject, BCStyle.O),
                value(subject, BCStyle.EmailAddress), purpose(cert), kind(ekus), ekus, policies,
                serialHex(cert), value(issuer, BCStyle.CN),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
    }

    /** SIGNING = digitalSignature + nonRepudiation; AUTHENTICATION = digitalSignature + keyEncipherment without NR. */
    static KeyPurpose purpose(X509Certificate cert) {
        boolean[] ku = cert.getKeyUsage();
        if (ku == null) {
            return KeyPurpose.OTHER;
        }
        boolean ds = ku.length > 0 && ku[0];
        boolean nr = ku.length > 1 && ku[1];
        boolean ke = ku.length > 2 && ku[2];
        if (ds && nr) {
            return KeyPurpose.SIGNING;
        }
        return ds && ke ? KeyPurpose.AUTHENTICATION : KeyPurpose.OTHER;
    }

    static SubjectKind kind(Set<String> ekus) {
        if (ekus.contains(KzOids.ROLE_TREASURY_K2)) {
            return SubjectKind.TREASURY_K2;
        }
        if (ekus.contains(KzOids.ROLE_LEGAL_INFO_SYSTEM)) {
            return SubjectKind.LEGAL_ENTITY_INFO_SYSTEM;
        }
        if (ekus.contains(KzOids.ROLE_CEO)) {
            return SubjectKind.LEGAL_ENTITY_CEO;
        }
        if (ekus.contains(KzOids.ROLE_SIGN_RIGHT)) {
            return SubjectKind.LEGAL_ENTITY_SIGN_RIGHT;
        }
        if (ekus.contains(KzOids.ROLE_EMPLOYEE)) {
            return SubjectKind.LEGAL_ENTITY_EMPLOYEE;
        }
        if (ekus.contains(KzOids.ROLE_LEGAL_ENTITY)) {
            return SubjectKind.LEGAL_ENTITY_OTHER;
        }
        return ekus.contains(KzOids.ROLE_INDIVIDUAL) ? SubjectKind.INDIVIDUAL : SubjectKind.UNKNOWN;
    }

    private static String serialHex(X509Certificate cert) {
        String hex = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 1 ? "0" + hex : hex;
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        return IETFUtils.valueToString(rdns[0].getFirst().getValue()).replace("\\", "");
    }

    private static String strip(String value, String prefix) {
        if (value == null || !value.toUpperCase(Locale.ROOT).startsWith(prefix)) {
            return null;
        }
        return value.substring(prefix.length());
    }
}
