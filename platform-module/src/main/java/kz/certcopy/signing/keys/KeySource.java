package kz.certcopy.signing.keys;

/** Where a server-side signing key comes from (PKCS#12 file, PKCS#11 token). */
public interface KeySource {
    SigningKey load();
}
