package kz.certcopy.signing.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code certcopy.signing.*}. Defaults are safe offline: no trust anchors (signing then fails with CERT_UNTRUSTED
 * until NCA RK roots are configured), no TSA (B-B), revocation required.
 */
@ConfigurationProperties("certcopy.signing")
public class SigningProperties {

    /** Certificate files or directories (roots and intermediates); prefix {@code classpath:} for resources. */
    private List<String> trustAnchors = new ArrayList<>();
    /** CRL files or http(s) URLs; URLs are cached until nextUpdate. */
    private List<String> crls = new ArrayList<>();
    /** OCSP responder URL (e.g. http://ocsp.pki.gov.kz); empty = CRLs only. */
    private String ocspUrl;
    /** RFC 3161 TSA URL (e.g. http://tsp.pki.gov.kz); empty = signatures stay at B-B. */
    private String tsaUrl;
    /** TSA policy OID to request, empty = the TSA's default. */
    private String tsaPolicy;
    /** Connect and read timeout for TSA, OCSP and CRL downloads. */
    private Duration networkTimeout = Duration.ofSeconds(5);
    /** How long a prepared two-step signature may wait for its signature value. */
    private Duration sessionExpiry = Duration.ofMinutes(10);
    /** Time limit for parsing and verifying one uploaded signature or PDF. */
    private Duration verifyTimeLimit = Duration.ofSeconds(30);
    /** Refuse signing when no revocation source gives a definite answer. */
    private boolean revocationRequired = true;
    /** NCA role OIDs of which a clerk certificate must carry one (empty = any signing certificate). */
    private List<String> acceptedRoles = new ArrayList<>(ClerkCertificatePolicy.DEFAULT_ROLES);
    /** Server-side key: PKCS#12 file and password (or a file holding it), or a SunPKCS11 config and PIN. */
    private String keystore;
    private String keystorePassword;
    private String keystorePasswordFile;
    private String pkcs11Config;
    private String pkcs11Pin;

    public List<String> getTrustAnchors() {
        return trustAnchors;
    }

    public void setTrustAnchors(List<String> trustAnchors) {
        this.trustAnchors = trustAnchors;
    }

    public List<String> getCrls() {
        return crls;
    }

    public void setCrls(List<String> crls) {
        this.crls = crls;
    }

    public String getOcspUrl() {
        return ocspUrl;
    }

    public void setOcspUrl(String ocspUrl) {
        this.ocspUrl = ocspUrl;
    }

    public String getTsaUrl() {
        return tsaUrl;
    }

    public void setTsaUrl(String tsaUrl) {
        this.tsaUrl = tsaUrl;
    }

    public String getTsaPolicy() {
        return tsaPolicy;
    }

    public void setTsaPolicy(String tsaPolicy) {
        this.tsaPolicy = tsaPolicy;
    }

    public Duration getNetworkTimeout() {
        return networkTimeout;
    }

    public void setNetworkTimeout(Duration networkTimeout) {
        this.networkTimeout = networkTimeout;
    }

    public Duration getSessionExpiry() {
        return sessionExpiry;
    }

    public void setSessionExpiry(Duration sessionExpiry) {
        this.sessionExpiry = sessionExpiry;
    }

    public Duration getVerifyTimeLimit() {
        return verifyTimeLimit;
    }

    public void setVerifyTimeLimit(Duration verifyTimeLimit) {
        this.verifyTimeLimit = verifyTimeLimit;
    }

    public boolean isRevocationRequired() {
        return revocationRequired;
    }

    public void setRevocationRequired(boolean revocationRequired) {
        this.revocationRequired = revocationRequired;
    }

    public List<String> getAcceptedRoles() {
        return acceptedRoles;
    }

    public void setAcceptedRoles(List<String> acceptedRoles) {
        this.acceptedRoles = acceptedRoles;
    }

    public String getKeystore() {
        return keystore;
    }

    public void setKeystore(String keystore) {
        this.keystore = keystore;
    }

    public String getKeystorePassword() {
        return keystorePassword;
    }

    public void setKeystorePassword(String keystorePassword) {
        this.keystorePassword = keystorePassword;
    }

    public String getKeystorePasswordFile() {
        return keystorePasswordFile;
    }

    public void setKeystorePasswordFile(String keystorePasswordFile) {
        this.keystorePasswordFile = keystorePasswordFile;
    }

    public String getPkcs11Config() {
        return pkcs11Config;
    }

    public void setPkcs11Config(String pkcs11Config) {
        this.pkcs11Config = pkcs11Config;
    }

    public String getPkcs11Pin() {
        return pkcs11Pin;
    }

    public void setPkcs11Pin(String pkcs11Pin) {
        this.pkcs11Pin = pkcs11Pin;
    }
}
