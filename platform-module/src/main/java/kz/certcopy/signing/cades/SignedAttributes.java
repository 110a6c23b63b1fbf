package kz.certcopy.signing.cades;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

/**
 * Builds the signed attributes deterministically from the inputs (so the two-step flow can rebuild the exact bytes
 * the external signer signed). signingCertificateV2 uses SHA-256 with the hash algorithm omitted (the default).
 */
public final class SignedAttributes implements CMSAttributeTableGenerator {

    private final AttributeProfile profile;
    private final Instant signingTime;
    private final X509Certificate signer;

    public SignedAttributes(AttributeProfile profile, Instant signingTime, X509Certificate signer) {
        this.profile = profile;
        this.signingTime = signingTime;
        this.signer = signer;
    }

    @Override
    public AttributeTable getAttributes(Map params) {
        Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
        ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) params.get(CMSAttributeTableGenerator.CONTENT_TYPE);
        byte[] digest = (byte[]) params.get(CMSAttributeTableGenerator.DIGEST);
        table.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
        if (profile != AttributeProfile.PADES) {
            table.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
        }
        table.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                new DERSet(new DEROctetString(digest))));
        if (profile != AttributeProfile.KALKAN) {
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificateV2(signer))));
        }
        return new AttributeTable(table);
    }

    static SigningCertificateV2 signingCertificateV2(X509Certificate cert) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                    cert.getSerialNumber());
            return new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
