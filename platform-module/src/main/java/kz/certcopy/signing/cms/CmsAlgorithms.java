package kz.certcopy.signing.cms;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KeyFamily;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.kz.KzOids;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.ExtendedContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * BouncyCastle CMS operators that understand the Kazakh algorithm identifiers: a content signer announcing the
 * Kazakh digest/signature OIDs with NULL parameters, and verifiers that resolve them through our provider. Verifiers
 * are built from the public key, not the certificate, so time checks stay ours (BC would reject a signingTime
 * outside the certificate validity before we can report it properly).
 */
public final class CmsAlgorithms {
    private CmsAlgorithms() {
    }

    public static DigestCalculatorProvider digests() {
        KzGostProvider.install();
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with the key's family algorithm (inside the token provider for PKCS#11 keys). */
    public static ExtendedContentSigner signer(SigningKey key) {
        KzGostProvider.install();
        KeyFamily family = key.family();
        Signature signature;
        try {
            signature = key.provider() != null ? Signature.getInstance(family.signatureName(), key.provider())
                    : Signature.getInstance(family.signatureName());
            signature.initSign(key.privateKey());
        } catch (GeneralSecurityException e) {
            throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE, e);
        }
        return new CapturingSigner(family) {
            @Override
            public byte[] getSignature() {
                try {
                    signature.update(captured());
                    return signature.sign();
                } catch (GeneralSecurityException e) {
                    throw new RuntimeOperatorException("signing failed", e);
                }
            }
        };
    }

    /** A signer whose value was produced elsewhere (NCALayer, a token behind the browser). */
    public static ExtendedContentSigner presigned(KeyFamily family, byte[] signatureValue) {
        return new CapturingSigner(family) {
            @Override
            public byte[] getSignature() {
                return signatureValue.clone();
            }
        };
    }

    /** Collects the bytes to be signed (the DER of the signed attributes). */
    public abstract static class CapturingSigner implements ExtendedContentSigner {
        private final KeyFamily family;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        CapturingSigner(KeyFamily family) {
            this.family = family;
        }

        @Override
        public AlgorithmIdentifier getDigestAlgorithmIdentifier() {
            return family.digestAlgorithm();
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return family.signatureAlgorithm();
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        public byte[] captured() {
            return buffer.toByteArray();
        }
    }

    public static boolean isKazakhSignature(ASN1ObjectIdentifier oid) {
        return KzOids.SIG_GOST_2004.equals(oid) || KzOids.SIG_GOST_2015_256.equals(oid)
                || KzOids.SIG_GOST_2015_512.equals(oid);
    }

    /** Verifier provider for a public key: Kazakh GOST through our provider, everything else through BC. */
    public static ContentVerifierProvider verifierProvider(PublicKey key) throws OperatorCreationException {
        return verifierProvider(key, null);
    }

    /** As above, with the certificate attached (BouncyCastle's time-stamp validation requires one). */
    public static ContentVerifierProvider verifierProvider(PublicKey key, X509CertificateHolder certificate)
            throws OperatorCreationException {
        KzGostProvider.install();
        ContentVerifierProvider standard = new JcaContentVerifierProviderBuilder()
                .setProvider(KzGostProvider.bouncyCastle()).build(key);
        return new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return certificate != null;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return certificate;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
                if (!isKazakhSignature(algorithm.getAlgorithm())) {
                    return standard.get(algorithm);
                }
                try {
                    Signature sig = Signature.getInstance(algorithm.getAlgorithm().getId());
                    sig.initVerify(key);
                    return new KazakhVerifier(algorithm, sig);
                } catch (GeneralSecurityException e) {
                    throw new OperatorCreationException("cannot verify " + algorithm.getAlgorithm(), e);
                }
            }
        };
    }

    public static SignerInformationVerifier signerVerifier(PublicKey key) throws OperatorCreationException {
        return new SignerInformationVerifier(NAMES, FINDER, verifierProvider(key), digests());
    }

    /** Verifier bound to a certificate (for RFC 3161 tokens, whose validation needs the TSA certificate). */
    public static SignerInformationVerifier signerVerifier(java.security.cert.X509Certificate cert)
            throws OperatorCreationException {
        try {
            return new SignerInformationVerifier(NAMES, FINDER,
                    verifierProvider(cert.getPublicKey(), new X509CertificateHolder(cert.getEncoded())), digests());
        } catch (java.io.IOException | java.security.cert.CertificateEncodingException e) {
            throw new OperatorCreationException("bad certificate", e);
        }
    }

    private static final CMSSignatureAlgorithmNameGenerator NAMES = new CMSSignatureAlgorithmNameGenerator() {
        private final DefaultCMSSignatureAlgorithmNameGenerator standard = new DefaultCMSSignatureAlgorithmNameGenerator();

        @Override
        public String getSignatureName(AlgorithmIdentifier digest, AlgorithmIdentifier encryption) {
            if (isKazakhSignature(encryption.getAlgorithm())) {
                return encryption.getAlgorithm().getId();
            }
            return standard.getSignatureName(digest, encryption);
        }
    };

    private static final SignatureAlgorithmIdentifierFinder FINDER = new SignatureAlgorithmIdentifierFinder() {
        private final DefaultSignatureAlgorithmIdentifierFinder standard = new DefaultSignatureAlgorithmIdentifierFinder();

        @Override
        public AlgorithmIdentifier find(String name) {
            if (name.startsWith("1.2.398.")) {
                return new AlgorithmIdentifier(new ASN1ObjectIdentifier(name));
            }
            return standard.find(name);
        }
    };

    private static final class KazakhVerifier implements ContentVerifier {
        private final AlgorithmIdentifier algorithm;
        private final Signature signature;
        private final OutputStream stream;

        KazakhVerifier(AlgorithmIdentifier algorithm, Signature signature) {
            this.algorithm = algorithm;
            this.signature = signature;
            this.stream = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    try {
                        signature.update(b, off, len);
                    } catch (java.security.SignatureException e) {
                        throw new RuntimeOperatorException("update failed", e);
                    }
                }
            };
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return stream;
        }

        @Override
        public boolean verify(byte[] expected) {
            try {
                return signature.verify(expected);
            } catch (java.security.SignatureException e) {
                return false;
            }
        }
    }
}
