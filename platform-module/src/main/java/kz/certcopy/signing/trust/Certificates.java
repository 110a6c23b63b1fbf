package kz.certcopy.signing.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kz.certcopy.signing.kz.KzGostProvider;

/** Parsing of certificates and CRLs (DER or PEM) with the JDK parser, which resolves GOST keys via our provider. */
public final class Certificates {
    private Certificates() {
    }

    public static X509Certificate certificate(byte[] encoded) throws CertificateException {
        KzGostProvider.install();
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
    }

    public static X509CRL crl(byte[] encoded) throws CRLException {
        KzGostProvider.install();
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(encoded));
        } catch (CertificateException e) {
            throw new CRLException(e);
        }
    }

    /** Every certificate file (*.cer, *.crt, *.pem, *.der) in a directory. */
    public static List<X509Certificate> fromDirectory(Path dir) throws IOException, CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (n.endsWith(".cer") || n.endsWith(".crt") || n.endsWith(".pem") || n.endsWith(".der")) {
                    out.add(certificate(Files.readAllBytes(f)));
                }
            }
        }
        return out;
    }

    public static boolean isSelfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    /** Whether {@code issuer} signed {@code cert} (name match and signature check). */
    public static boolean issued(X509Certificate issuer, X509Certificate cert) {
        if (!issuer.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
