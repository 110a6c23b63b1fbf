package kz.certcopy.signing.cades;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KeyFamily;
import kz.certcopy.signing.tsp.TsaClient;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.ExtendedContentSigner;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * CAdES detached signatures (CMS SignedData, id-data, no eContent) at B-B and B-T. The content digest may be given
 * instead of the content (two-step signing keeps only the digest between the steps). Algorithm identifiers follow the
 * key family ({@link KeyFamily}): Kazakh GOST OIDs with NULL parameters, exactly as Kalkan writes them.
 */
public final class CadesSigner {

    private final TsaClient tsa;

    /** @param tsa time-stamping client for B-T, or null when only B-B is configured */
    public CadesSigner(TsaClient tsa) {
        this.tsa = tsa;
    }

    /** Digest of the content with the family's digest (what {@code createCAdESFromBase64Hash} is given). */
    public static byte[] contentDigest(KeyFamily family, byte[] content) {
        try {
            return MessageDigest.getInstance(family.digestName()).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE, e);
        }
    }

    /** Signs content held in memory (detached CMS). */
    public byte[] sign(byte[] content, SigningKey key, AttributeProfile profile, CadesLevel level, Instant signingTime) {
        return sign(contentDigest(key.family(), content), key.certificate(), key.chain(), CmsAlgorithms.signer(key),
                profile, level, signingTime);
    }

    /**
     * Builds the detached CMS for a content digest with any content signer (a local key, or a value signed
     * elsewhere over {@link #dataToSign}).
     */
    public byte[] sign(byte[] contentDigest, X509Certificate signer, List<X509Certificate> chain,
                       ExtendedContentSigner contentSigner, AttributeProfile profile, CadesLevel level,
                       Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(fixedDigest(contentDigest))
                    .setSignedAttributeGenerator(new SignedAttributes(profile, signingTime, signer))
                    .build(contentSigner, new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(signer)));
            List<X509Certificate> certs = new ArrayList<>(chain.isEmpty() ? List.of(signer) : chain);
            generator.addCertificates(new JcaCertStore(certs));
            CMSSignedData data = generator.generate(new CMSAbsentContent(), false);
            if (level == CadesLevel.B_T) {
                data = addSignatureTimestamps(data);
            }
            return data.getEncoded("DER");
        } catch (CertCopyException e) {
            throw e;
        } catch (CMSException | IOException | CertificateEncodingException
                 | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE, e);
        }
    }

    /** The DER of the signed attributes, i.e. exactly the bytes an external signer must sign. */
    public byte[] dataToSign(byte[] contentDigest, X509Certificate signer, KeyFamily family, AttributeProfile profile,
                             Instant signingTime) {
        CmsAlgorithms.CapturingSigner capture = (CmsAlgorithms.CapturingSigner)
                CmsAlgorithms.presigned(family, new byte[0]);
        sign(contentDigest, signer, List.of(signer), capture, profile, CadesLevel.B_B, signingTime);
        return capture.captured();
    }

    /** Adds an RFC 3161 signature-time-stamp (unsigned attribute) to every signer (B-B → B-T). */
    public CMSSignedData addSignatureTimestamps(CMSSignedData data) {
        if (tsa == null) {
            throw SigningErrors.error(SigningErrors.TSA_UNAVAILABLE, ErrorKind.UNAVAILABLE);
        }
        List<SignerInformation> signers = new ArrayList<>();
        for (SignerInformation si : data.getSignerInfos().getSigners()) {
            byte[] imprint;
            try {
                imprint = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            TimeStampToken token = tsa.timestamp(NISTObjectIdentifiers.id_sha256, imprint);
            AttributeTable unsigned = si.getUnsignedAttributes();
            ASN1EncodableVector v = unsigned == null ? new ASN1EncodableVector() : unsigned.toASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            signers.add(SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v)));
        }
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(signers));
    }

    /** B-T over an existing CMS (for example one returned by NCALayer without a timestamp). */
    public byte[] addSignatureTimestamps(byte[] cms) {
        try {
            return addSignatureTimestamps(new CMSSignedData(cms)).getEncoded("DER");
        } catch (CMSException | IOException e) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    /** Attached CMS (content encapsulated) — kept for interoperability tests with Kalkan's attached samples. */
    public byte[] signAttached(byte[] content, SigningKey key, AttributeProfile profile, Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(CmsAlgorithms.digests())
                    .setSignedAttributeGenerator(new SignedAttributes(profile, signingTime, key.certificate()))
                    .build(CmsAlgorithms.signer(key), new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(
                            key.certificate())));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSTypedData typed = new CMSProcessableByteArray(content);
            return generator.generate(typed, true).getEncoded("DER");
        } catch (CMSException | IOException | CertificateEncodingException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE, e);
        }
    }

    /** A digest provider that returns a digest computed beforehand, whatever is streamed into it. */
    private static DigestCalculatorProvider fixedDigest(byte[] digest) {
        DigestCalculatorProvider real = CmsAlgorithms.digests();
        return algorithm -> {
            DigestCalculator base = real.get(algorithm);
            return new DigestCalculator() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public OutputStream getOutputStream() {
                    return OutputStream.nullOutputStream();
                }

                @Override
                public byte[] getDigest() {
                    if (digest.length != base.getDigest().length) {
                        throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT);
                    }
                    return digest.clone();
                }
            };
        };
    }
}
