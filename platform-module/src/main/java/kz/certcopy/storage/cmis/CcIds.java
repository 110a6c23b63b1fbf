package kz.certcopy.storage.cmis;

/**
 * The CMIS ids the adapter uses, every one looked up in {@code certcopy-model.xml} (see {@link ContentModel}): a
 * renamed or removed type or property fails here, at start-up, instead of as a wrong query in production.
 */
record CcIds(String copyType, String refusalType, String applicantAspect, String certificationAspect,
             String retentionAspect, String copyId, String copyPart, String originalNumber, String contentSha256,
             String applicantId, String applicantKind, String centerId, String centerName, String clerkName, String clerkIin,
             String certifiedAt, String consentId, String requestId, String signatureAlgorithm,
             String signerCertSerial, String signerCertIssuer, String signedPdfSha256, String retainUntil,
             String legalHold, String holdReason, String refusalId, String refusalGround) {

    static CcIds from(ContentModel m) {
        return new CcIds(m.cmisTypeId("cc:certifiedCopy"), m.cmisTypeId("cc:refusal"),
                m.cmisTypeId("cc:applicant"), m.cmisTypeId("cc:certification"), m.cmisTypeId("cc:retention"),
                m.propertyId("cc:copyId"), m.propertyId("cc:copyPart"), m.propertyId("cc:originalNumber"),
                m.propertyId("cc:contentSha256"), m.propertyId("cc:applicantId"), m.propertyId("cc:applicantKind"),
                m.propertyId("cc:centerId"), m.propertyId("cc:centerName"), m.propertyId("cc:clerkName"), m.propertyId("cc:clerkIin"),
                m.propertyId("cc:certifiedAt"), m.propertyId("cc:consentId"), m.propertyId("cc:requestId"),
                m.propertyId("cc:signatureAlgorithm"), m.propertyId("cc:signerCertSerial"),
                m.propertyId("cc:signerCertIssuer"), m.propertyId("cc:signedPdfSha256"),
                m.propertyId("cc:retainUntil"), m.propertyId("cc:legalHold"), m.propertyId("cc:holdReason"),
                m.propertyId("cc:refusalId"), m.propertyId("cc:refusalGround"));
    }

    /** Query name of a type or aspect id: {@code D:cc:certifiedCopy} → {@code cc:certifiedCopy}. */
    static String queryName(String typeId) {
        return typeId.substring(2);
    }
}
