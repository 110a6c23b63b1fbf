package kz.certcopy.signing.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.validation.SignatureReport;
import kz.certcopy.signing.validation.VerificationReport;

/** The verification report as an ordered JSON-ready map. */
public final class ReportJson {
    private ReportJson() {
    }

    private static final Map<String, String> ALGORITHMS = Map.of(
            "1.2.398.3.10.1.1.2.3.2", "GOST 34.10-2015 512 / GOST 34.11-2015 512",
            "1.2.398.3.10.1.1.2.3.1", "GOST 34.10-2015 256 / GOST 34.11-2015 256",
            "1.2.398.3.10.1.1.1.2", "GOST 34.310-2004 / GOST 34.311-95",
            "1.2.840.113549.1.1.11", "SHA256withRSA",
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.398.3.10.1.3.3", "GOST 34.11-2015 512",
            "1.2.398.3.10.1.3.1", "GOST 34.311-95",
            "2.16.840.1.101.3.4.2.1", "SHA-256");

    public static Map<String, Object> of(VerificationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", r.format());
        m.put("indication", r.indication());
        List<Object> sigs = new ArrayList<>();
        for (SignatureReport s : r.signatures()) {
            sigs.add(of(s));
        }
        m.put("signatures", sigs);
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> of(SignatureReport s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", s.index());
        m.put("indication", s.indication());
        m.put("subIndication", s.subIndication());
        m.put("signer", s.signer() == null ? null : of(s.signer()));
        m.put("signatureAlgorithm", algorithm(s.signatureAlgorithm()));
        m.put("digestAlgorithm", algorithm(s.digestAlgorithm()));
        m.put("claimedSigningTime", s.claimedSigningTime());
        m.put("timestampTime", s.timestampTime());
        m.put("timestampTrusted", s.timestampTrusted());
        m.put("integrityValid", s.integrityValid());
        m.put("chain", s.chainStatus());
        m.put("revocation", s.revocationStatus());
        m.put("validationTime", s.validationTime());
        m.put("notes", s.notes());
        return m;
    }

    private static Map<String, Object> of(CertificateIdentity id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commonName", id.commonName());
        m.put("surname", id.surname());
        m.put("givenName", id.givenName());
        m.put("iin", id.iin());
        m.put("bin", id.bin());
        m.put("organisation", id.organisation());
        m.put("keyPurpose", id.purpose());
        m.put("kind", id.kind());
        m.put("extendedKeyUsages", id.extendedKeyUsages().stream().sorted().toList());
        m.put("policies", id.policies());
        m.put("certificateSerial", id.serialNumberHex());
        m.put("issuer", id.issuerCommonName());
        m.put("notBefore", id.notBefore());
        m.put("notAfter", id.notAfter());
        return m;
    }

    private static Object algorithm(String oid) {
        if (oid == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("oid", oid);
        m.put("name", ALGORITHMS.getOrDefault(oid, "unknown"));
        return m;
    }
}
