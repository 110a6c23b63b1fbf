package kz.certcopy.signing.kz;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** Algorithm object identifiers of the Kazakh national standards as NCA RK and Kalkan use them. */
public final class KzOids {
    private KzOids() {
    }

    private static final ASN1ObjectIdentifier KZ_ALG = new ASN1ObjectIdentifier("1.2.398.3.10.1");

    /** GOST 34.310-2004 public key (256 bit). */
    public static final ASN1ObjectIdentifier KEY_GOST_2004 = KZ_ALG.branch("1.1.1");
    /** GOST 34.310-2004 signature with GOST 34.311-95 digest. */
    public static final ASN1ObjectIdentifier SIG_GOST_2004 = KZ_ALG.branch("1.1.2");
    /** GOST 34.10-2015 public key, 256 bit. */
    public static final ASN1ObjectIdentifier KEY_GOST_2015_256 = KZ_ALG.branch("1.2.1");
    /** GOST 34.10-2015 public key, 512 bit. */
    public static final ASN1ObjectIdentifier KEY_GOST_2015_512 = KZ_ALG.branch("1.2.2");
    /** GOST 34.10-2015 256 signature with GOST 34.11-2015 256 digest. */
    public static final ASN1ObjectIdentifier SIG_GOST_2015_256 = KZ_ALG.branch("1.2.3.1");
    /** GOST 34.10-2015 512 signature with GOST 34.11-2015 512 digest. */
    public static final ASN1ObjectIdentifier SIG_GOST_2015_512 = KZ_ALG.branch("1.2.3.2");
    /** GOST 34.311-95 digest (hash parameter set of the 1994 test S-box). */
    public static final ASN1ObjectIdentifier DIGEST_GOST_34311 = KZ_ALG.branch("3.1");
    /** GOST 34.11-2015 (Streebog) 256. */
    public static final ASN1ObjectIdentifier DIGEST_GOST_2015_256 = KZ_ALG.branch("3.2");
    /** GOST 34.11-2015 (Streebog) 512. */
    public static final ASN1ObjectIdentifier DIGEST_GOST_2015_512 = KZ_ALG.branch("3.3");

    /** Extended key usage and role identifiers seen in NCA RK end-entity certificates. */
    public static final String EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    public static final String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    public static final String ROLE_INDIVIDUAL = "1.2.398.3.3.4.1.1";
    public static final String ROLE_LEGAL_ENTITY = "1.2.398.3.3.4.1.2";
    public static final String ROLE_CEO = "1.2.398.3.3.4.1.2.1";
    public static final String ROLE_SIGN_RIGHT = "1.2.398.3.3.4.1.2.2";
    public static final String ROLE_SIGN_RIGHT_FINANCIAL = "1.2.398.3.3.4.1.2.3";
    public static final String ROLE_HR = "1.2.398.3.3.4.1.2.4";
    public static final String ROLE_EMPLOYEE = "1.2.398.3.3.4.1.2.5";
    public static final String ROLE_LEGAL_INFO_SYSTEM = "1.2.398.3.3.4.1.2.6";
    public static final String ROLE_TREASURY_K2 = "1.2.398.5.19.1.2.2.1";
}
