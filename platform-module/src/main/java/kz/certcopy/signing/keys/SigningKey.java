package kz.certcopy.signing.keys;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

import kz.certcopy.signing.kz.KeyFamily;

/**
 * A private key with its certificate and family. {@code provider} is the JCA provider that must run the signature
 * (a PKCS#11 session, or null for software keys, whose algorithms are resolved through the registered providers).
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain,
                         KeyFamily family, Provider provider) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
        return "SigningKey[" + family + "]";
    }
}
