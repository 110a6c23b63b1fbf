package kz.certcopy.signing.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KeyFamily;
import kz.certcopy.signing.kz.KzGostProvider;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * Loads the single key entry of an NCA RK PKCS#12 file (legacy 3DES/RC2-40 encryption, SHA-1 MAC) with the JDK
 * keystore; GOST keys resolve through {@link KzGostProvider}. Errors are codes, never a stack trace.
 */
public final class Pkcs12KeySource implements KeySource {

    private final byte[] pkcs12;
    private final char[] password;

    public Pkcs12KeySource(byte[] pkcs12, char[] password) {
        this.pkcs12 = pkcs12.clone();
        this.password = password.clone();
    }

    @Override
    public SigningKey load() {
        KzGostProvider.install();
        try {
            Pfx.getInstance(pkcs12);
        } catch (RuntimeException e) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_CORRUPT, ErrorKind.INVALID_INPUT, e);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException e) {
            if (hasCause(e, UnrecoverableKeyException.class) || String.valueOf(e.getMessage()).contains("password")) {
                throw SigningErrors.error(SigningErrors.KEYSTORE_WRONG_PASSWORD, ErrorKind.INVALID_INPUT, e);
            }
            throw SigningErrors.error(SigningErrors.KEYSTORE_CORRUPT, ErrorKind.INVALID_INPUT, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_CORRUPT, ErrorKind.INVALID_INPUT, e);
        }
        return firstKey(store, password);
    }

    static SigningKey firstKey(KeyStore store, char[] password) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key == null || chain == null || chain.length == 0) {
                    continue;
                }
                List<X509Certificate> certs = new ArrayList<>();
                for (Certificate c : chain) {
                    certs.add((X509Certificate) c);
                }
                return new SigningKey(key, certs.get(0), certs, KeyFamily.of(certs.get(0)),
                        store.getProvider().getName().startsWith("SunPKCS11") ? store.getProvider() : null);
            }
        } catch (UnrecoverableKeyException e) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_WRONG_PASSWORD, ErrorKind.INVALID_INPUT, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof kz.certcopy.common.CertCopyException cce) {
                throw cce;
            }
            throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE, e);
        }
        throw SigningErrors.error(SigningErrors.KEYSTORE_NO_KEY, ErrorKind.INVALID_INPUT);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
