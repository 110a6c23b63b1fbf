package kz.certcopy.signing.validation;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.trust.Certificates;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Checks a CMS returned by an external signer against what the server prepared (signer, digest, signature). */
public final class ExternalCmsCheck {
    private ExternalCmsCheck() {
    }

    public static boolean looksLikeCms(byte[] data) {
        byte[] der = SignatureInput.cmsDer(data);
        if (der == null) {
            return false;
        }
        try {
            new CMSSignedData(der);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** @return the DER CMS when exactly one signer, with {@code cert}, signed {@code digest}; else an error code */
    public static byte[] requireSignedBy(byte[] cmsInput, X509Certificate cert, byte[] digest) {
        byte[] der = SignatureInput.cmsDer(cmsInput);
        try {
            CMSSignedData data = new CMSSignedData(der);
            if (data.getSignerInfos().size() != 1) {
                throw SigningErrors.error(SigningErrors.SIGNER_MISMATCH, ErrorKind.UNPROCESSABLE);
            }
            SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(si.getSID());
            X509CertificateHolder ours = new X509CertificateHolder(cert.getEncoded());
            boolean sidMatches = si.getSID().match(ours);
            if (!sidMatches || (!matches.isEmpty() && !matches.iterator().next().equals(ours))) {
                throw SigningErrors.error(SigningErrors.SIGNER_MISMATCH, ErrorKind.UNPROCESSABLE);
            }
            Attribute md = si.getSignedAttributes() == null ? null
                    : si.getSignedAttributes().get(CMSAttributes.messageDigest);
            if (md == null || !MessageDigest.isEqual(
                    ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets(), digest)) {
                throw SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.CONFLICT, "digest");
            }
            byte[] sigAttrs = si.getEncodedSignedAttributes();
            java.security.Signature verifier = java.security.Signature.getInstance(
                    signatureName(si.getEncryptionAlgOID()));
            verifier.initVerify(Certificates.certificate(cert.getEncoded()).getPublicKey());
            verifier.update(sigAttrs);
            if (!verifier.verify(si.getSignature())) {
                throw SigningErrors.error(SigningErrors.SIGNATURE_INVALID, ErrorKind.UNPROCESSABLE);
            }
            return data.getEncoded("DER");
        } catch (kz.certcopy.common.CertCopyException e) {
            throw e;
        } catch (Exception e) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    private static String signatureName(String oid) {
        if (CmsAlgorithms.isKazakhSignature(new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid))) {
            return oid;
        }
        if (PKCSObjectIdentifiers.sha256WithRSAEncryption.getId().equals(oid)
                || PKCSObjectIdentifiers.rsaEncryption.getId().equals(oid)) {
            return "SHA256withRSA";
        }
        throw SigningErrors.error(SigningErrors.UNSUPPORTED_ALGORITHM, ErrorKind.UNPROCESSABLE);
    }

    public static boolean hasSignatureTimestamp(byte[] cms) {
        try {
            SignerInformation si = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
            return si.getUnsignedAttributes() != null
                    && si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
        } catch (Exception e) {
            return false;
        }
    }
}
