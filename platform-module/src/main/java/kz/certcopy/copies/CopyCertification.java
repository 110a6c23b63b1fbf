package kz.certcopy.copies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.DocumentDigest;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.OriginalOutcome;
import kz.certcopy.certification.RequestAccess;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.certification.SignerInfo;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.mark.CertificationMark;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.intake.pages.StoredPage;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.security.Actor;
import kz.certcopy.signing.SignedCopy;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.identity.IdentityReader;
import kz.certcopy.signing.identity.SubjectKind;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocuments;

/**
 * Certifies one original (rule 7.2): checks the request, assembles the scanned pages into PDF/A with the
 * certification mark (center, clerk, time, copy id, verification URL), signs PAdES + detached CAdES with the
 * clerk's key, then stores documents, record, request outcome and audit entry in ONE transaction. Slow work
 * (assembly, signing) happens before the transaction, so a failure there stores nothing; a crash inside it leaves
 * at most document bytes without a committed record, which the orphan sweep removes.
 */
public final class CopyCertification {

    static final String PADES_REASON = "Түпнұсқаға сәйкес / Верно с оригиналом";
    private static final Pattern BYTE_RANGE =
            Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");

    /** /Contents size that fitted the last CMS of each signing certificate (by serial). */
    private final Map<String, Integer> padesRoom = new ConcurrentHashMap<>();

    private final CertificationRequests requests;
    private final RequestService requestService;
    private final ScanPages pages;
    private final ServiceCenters centers;
    private final CopyAssembler assembler;
    private final ClerkKeys keys;
    private final CopyDocuments documents;
    private final CertifiedCopies copies;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final CopyLinks links;
    private final RetentionPolicy retention;
    private final Clock clock;

    public CopyCertification(CertificationRequests requests, RequestService requestService, ScanPages pages,
                             ServiceCenters centers, CopyAssembler assembler, ClerkKeys keys, CopyDocuments documents,
                             CertifiedCopies copies, AuditTrail audit, UnitOfWork tx, CopyLinks links,
                             RetentionPolicy retention, Clock clock) {
        this.requests = requests;
        this.requestService = requestService;
        this.pages = pages;
        this.centers = centers;
        this.assembler = assembler;
        this.keys = keys;
        this.documents = documents;
        this.copies = copies;
        this.audit = audit;
        this.tx = tx;
        this.links = links;
        this.retention = retention;
        this.clock = clock;
    }

    /** What a copy is about to be: the assembled, not yet signed PDF and the facts printed on its mark. */
    public record Draft(CertificationRequest request, int originalNumber, CertifiedCopyId copyId, String code,
                        Instant certifiedAt, byte[] pdf) {
    }

    /**
     * Certifies with the clerk's server-side key; returns the stored copy. Who asks and for which request is checked
     * before the key: a records officer is told they may not, not that they have no key.
     */
    public CertifiedCopy certify(Actor actor, CertificationRequestId id, int number) {
        requireCertifiable(actor, id, number);
        ClerkKeys.ClerkKey key = keys.forClerk(actor.username())
                .orElseThrow(() -> new CertCopyException("NO_SIGNING_KEY", ErrorKind.UNPROCESSABLE));
        X509Certificate certificate = key.key().get().certificate();
        CertificateIdentity who = requireOwnCertificate(actor, certificate);
        Draft draft = draft(actor, id, number, who);
        // reserve exactly the CMS size this key produced last time: PAdES then needs no second pass (and no second
        // Streebog digest over the whole PDF) to make /Contents fit the CMS exactly
        String serial = who.serialNumberHex();
        PadesOptions options = new PadesOptions(PADES_REASON, null, null, null,
                padesRoom.getOrDefault(serial, PadesOptions.DEFAULT_RESERVED_BYTES));
        SignedCopy signed = key.signer().signCopy(draft.pdf(), options);
        contentsRoom(signed.signedPdf()).ifPresent(room -> padesRoom.put(serial, room));
        return store(actor, draft, signed.signedPdf(), signed.detachedCades(), certificate);
    }

    /** The room of the last signature's /Contents: ({@code ByteRange[2] - ByteRange[1] - 2}) / 2 bytes. */
    static Optional<Integer> contentsRoom(byte[] pdf) {
        byte[] key = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        for (int i = pdf.length - key.length; i >= 0; i--) {
            if (pdf[i] == '/' && Arrays.equals(pdf, i, i + key.length, key, 0, key.length)) {
                String tail = new String(pdf, i, Math.min(120, pdf.length - i), StandardCharsets.US_ASCII);
                Matcher m = BYTE_RANGE.matcher(tail);
                return m.find() ? Optional.of((int) ((Long.parseLong(m.group(3))
                        - Long.parseLong(m.group(2)) - 2) / 2)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The clerk's certificate must name the clerk: its IIN equals the IIN stored for the account. An organisation's
     * seal names nobody; it is told as such, not as "another person's key".
     */
    public CertificateIdentity requireOwnCertificate(Actor actor, X509Certificate certificate) {
        CertificateIdentity who = IdentityReader.read(certificate);
        if (who.iin() == null && who.kind() == SubjectKind.LEGAL_ENTITY_INFO_SYSTEM) {
            throw SigningErrors.error(SigningErrors.CERT_ORGANISATION_SEAL, ErrorKind.FORBIDDEN);
        }
        if (actor.iin() == null || !actor.iin().equals(who.iin())) {
            throw new CertCopyException("CERT_IIN_MISMATCH", ErrorKind.FORBIDDEN);
        }
        return who;
    }

    /** Checks the request and original and assembles the copy with its mark (nothing is stored). */
    public Draft draft(Actor actor, CertificationRequestId id, int number, CertificateIdentity who) {
        CertificationRequest request = requests.find(id)
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        requireCertifiable(actor, request, number);
        List<StoredPage> stored = pages.list(new OriginalRef(id.value(), number));
        if (stored.isEmpty()) {
            throw new CertCopyException("NO_PAGES", ErrorKind.UNPROCESSABLE, number);
        }
        ServiceCenter center = centers.find(request.centerId())
                .orElseThrow(() -> new CertCopyException("UNKNOWN_CENTER", ErrorKind.UNPROCESSABLE));
        CertifiedCopyId copyId = CertifiedCopyId.random();
        String code = CertifiedCopy.newVerificationCode();
        Instant at = clock.instant();
        Original original = request.original(number).orElseThrow();
        CertificationMark mark = new CertificationMark(center.nameKk(), clerkName(who), at, copyId.toString(),
                links.verificationUrl(copyId, code), stored.size());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        try {
            assembler.assemble(stored.stream().map(StoredPage::toAssembly).toList(),
                    new CopyMetadata(original.document().kind(), original.document().number(), copyId.toString()),
                    mark, pdf);
        } catch (IOException e) {
            throw new CertCopyException("ASSEMBLY_FAILED", ErrorKind.UNPROCESSABLE, e);
        }
        return new Draft(request, number, copyId, code, at, pdf.toByteArray());
    }

    /** SHA-256 over the original's pages as arranged (ids, content, rotation): changes when the scans change. */
    public String pagesFingerprint(CertificationRequestId id, int number) {
        StringBuilder b = new StringBuilder();
        for (StoredPage p : pages.list(new OriginalRef(id.value(), number))) {
            b.append(p.id()).append(':').append(p.content().sha256()).append(':').append(p.rotation()).append('\n');
        }
        return HexFormat.of().formatHex(sha256(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Stores a signed copy atomically: documents, record, the original's outcome and the audit entry. */
    public CertifiedCopy store(Actor actor, Draft draft, byte[] signedPdf, byte[] cades, X509Certificate cert) {
        CertificateIdentity who = requireOwnCertificate(actor, cert);
        SignerInfo signer = new SignerInfo(actor.username(), who.iin(), clerkName(who), cert.getSigAlgOID(),
                who.serialNumberHex(), cert.getIssuerX500Principal().getName());
        CertificationRequest request = draft.request();
        CertifiedCopy copy = CertifiedCopy.certified(draft.copyId(), request, draft.originalNumber(), signer,
                draft.certifiedAt(), retention.retainUntil(draft.certifiedAt()), digest(signedPdf), digest(cades),
                draft.code());
        return tx.inTransaction(() -> {
            CertificationRequest current = requests.find(request.id()).orElseThrow();
            requireCertifiable(actor, current, draft.originalNumber());
            documents.store(copy.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(signedPdf));
            documents.store(copy.id(), CopyDocumentKind.SIGNATURE, new ByteArrayInputStream(cades));
            copies.save(copy);
            if (current.status() == RequestStatus.REGISTERED) {
                requestService.startScanning(actor, request.id(), null);
            }
            requestService.certify(actor, request.id(), draft.originalNumber(), null);
            audit.record(actor, "COPY_CERTIFIED", "copy:" + copy.id(), copy.applicantId());
            return copy;
        });
    }

    /**
     * The checks of {@link #draft} that need no key or certificate (role, center, the original's state): run first
     * by every way of certifying, so a wrong role or center is told as such whatever key was or was not sent.
     */
    public void requireCertifiable(Actor actor, CertificationRequestId id, int number) {
        RequestAccess.requireClerk(actor);
        CertificationRequest request = requests.find(id)
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        requireCertifiable(actor, request, number);
    }

    private void requireCertifiable(Actor actor, CertificationRequest request, int number) {
        RequestAccess.requireWork(actor, request);
        Original original = request.original(number)
                .orElseThrow(() -> new CertCopyException("ORIGINAL_NOT_FOUND", ErrorKind.INVALID_INPUT, number));
        if (original.outcome() == OriginalOutcome.CERTIFIED
                || copies.findByOriginal(request.id(), number).isPresent()) {
            throw new CertCopyException("ALREADY_CERTIFIED", ErrorKind.CONFLICT, number);
        }
        if (original.resolved()) {
            throw new CertCopyException("ORIGINAL_ALREADY_RESOLVED", ErrorKind.CONFLICT, number);
        }
        if (request.status().terminal()) {
            throw new CertCopyException("INVALID_STATE", ErrorKind.CONFLICT, request.status().name());
        }
    }

    static String clerkName(CertificateIdentity who) {
        if (who.surname() != null && !who.surname().isBlank()) {
            String first = who.commonName() != null && who.commonName().startsWith(who.surname())
                    ? who.commonName() : who.surname();
            return who.givenName() == null || who.givenName().isBlank() ? first : first + " " + who.givenName();
        }
        return who.commonName() != null ? who.commonName() : "";
    }

    private static DocumentDigest digest(byte[] data) {
        return new DocumentDigest(HexFormat.of().formatHex(sha256(data)), data.length);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
