package kz.certcopy.signing.kz;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Rewrites Kazakh key algorithm identifiers to the BouncyCastle equivalents verified against the NCA RK test keys:
 * 2004 = GOST R 34.10-2001 on CryptoPro-A, 2015-512 = TC26 512 paramSetA, 2015-256 = TC26 256 paramSetA. Key bytes
 * (little-endian coordinates, private value) are identical, only the identifier differs.
 */
final class KzKeyMapping {
    private KzKeyMapping() {
    }

    static boolean isKazakh(ASN1ObjectIdentifier oid) {
        return KzOids.KEY_GOST_2004.equals(oid) || KzOids.KEY_GOST_2015_256.equals(oid)
                || KzOids.KEY_GOST_2015_512.equals(oid);
    }

    static AlgorithmIdentifier toBouncyCastle(AlgorithmIdentifier kazakh) {
        ASN1ObjectIdentifier oid = kazakh.getAlgorithm();
        if (KzOids.KEY_GOST_2015_512.equals(oid)) {
            return new AlgorithmIdentifier(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
                    new GOST3410PublicKeyAlgParameters(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
                            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512));
        }
        if (KzOids.KEY_GOST_2015_256.equals(oid)) {
            return new AlgorithmIdentifier(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
                    new GOST3410PublicKeyAlgParameters(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA,
                            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256));
        }
        if (KzOids.KEY_GOST_2004.equals(oid)) {
            return new AlgorithmIdentifier(CryptoProObjectIdentifiers.gostR3410_2001,
                    new GOST3410PublicKeyAlgParameters(CryptoProObjectIdentifiers.gostR3410_2001_CryptoPro_A,
                            CryptoProObjectIdentifiers.gostR3411_94_CryptoProParamSet));
        }
        return kazakh;
    }

    /** BouncyCastle KeyFactory algorithm that understands the rewritten identifier. */
    static String bouncyCastleKeyFactory(ASN1ObjectIdentifier kazakhOid) {
        return KzOids.KEY_GOST_2004.equals(kazakhOid) ? "ECGOST3410" : "ECGOST3410-2012";
    }
}
