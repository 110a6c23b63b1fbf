package kz.certcopy.signing.keys;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KzGostProvider;

/**
 * A key on a PKCS#11 token through the JDK's SunPKCS11 provider, configured by a SunPKCS11 config file
 * ({@code name=…, library=…, slot=…}). The provider is configured per source and not installed JVM-wide; the
 * signature then runs inside it (RSA on any token; GOST needs a token whose module offers the Kazakh mechanisms).
 */
public final class Pkcs11KeySource implements KeySource {

    private final Path configFile;
    private final char[] pin;

    public Pkcs11KeySource(Path configFile, char[] pin) {
        this.configFile = configFile;
        this.pin = pin.clone();
    }

    @Override
    public SigningKey load() {
        KzGostProvider.install();
        Provider provider;
        try {
            Provider base = Security.getProvider("SunPKCS11");
            if (base == null) {
                throw SigningErrors.error(SigningErrors.TOKEN_UNAVAILABLE, ErrorKind.UNAVAILABLE);
            }
            provider = base.configure(configFile.toString());
        } catch (RuntimeException e) {
            if (e instanceof kz.certcopy.common.CertCopyException cce) {
                throw cce;
            }
            throw SigningErrors.error(SigningErrors.TOKEN_UNAVAILABLE, ErrorKind.UNAVAILABLE, e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return Pkcs12KeySource.firstKey(store, pin);
        } catch (java.io.IOException e) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_WRONG_PASSWORD, ErrorKind.INVALID_INPUT, e);
        } catch (java.security.GeneralSecurityException e) {
            throw SigningErrors.error(SigningErrors.TOKEN_UNAVAILABLE, ErrorKind.UNAVAILABLE, e);
        }
    }
}
