package kz.certcopy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.certcopy.applicant.Representative;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.Consent;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.OriginalOutcome;
import kz.certcopy.certification.Refusal;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.storage.ConsentScans;
import org.springframework.context.MessageSource;

/** JSON the API returns. Ground texts are localized like error messages. */
public final class RequestViews {

    private RequestViews() {
    }

    public record RequestView(UUID id, String centerId, String clerk, RequestStatus status, ApplicantView applicant,
                              RepresentativeView representative, ConsentView consent, List<OriginalView> originals,
                              List<RefusalView> refusals, Instant registeredAt, Instant deadline, Instant finishedAt,
                              long overrunSeconds, boolean breached, long version) {
    }

    public record ApplicantView(String kind, String iin, String bin, String fullName, String address, String phone) {
    }

    public record RepresentativeView(String fullName, String iin, String authorityDocument, LocalDate authorityDate) {
    }

    public record ConsentView(List<String> documents, boolean electronicMedia, LocalDate date,
                              ConsentScanView scan) {
    }

    /** The signed consent's scan attached to the request (null in {@link ConsentView} while none is). */
    public record ConsentScanView(Instant attachedAt, String attachedBy, String mediaType, long size, String sha256,
                                  int replacedScans, String href) {
    }

    public record OriginalView(int number, String kind, String documentNumber, LocalDate date, String issuer,
                               OriginalOutcome outcome, RefusalItemView refusal) {
    }

    public record RefusalView(UUID id, UUID requestId, String clerk, Instant refusedAt, List<RefusalItemView> items,
                              RequestStatus requestStatus, long version) {
    }

    /**
     * A refused original: its {@code grounds} in the rule's order. {@code ground}, {@code ruleItem} and
     * {@code groundText} repeat the first of them for clients of the single-ground version (deprecated).
     */
    public record RefusalItemView(int original, List<GroundView> grounds, String ground, String ruleItem,
                                  String groundText, String details) {
    }

    /** One ground of item 9: its name, the rule's item (9.1, 9.2, 9.3) and its text in the caller's language. */
    public record GroundView(String ground, String ruleItem, String text) {
    }

    static RequestView of(CertificationRequest r, ConsentScans.ConsentScan scan, Instant now, MessageSource messages,
                          Locale locale) {
        Consent c = r.consent();
        Map<Integer, RefusalItemView> refused = new HashMap<>();
        List<RefusalView> refusals = r.refusals().stream().map(f -> of(f, r, messages, locale)).toList();
        refusals.forEach(f -> f.items().forEach(i -> refused.put(i.original(), i)));
        var id = c.applicant().id();
        boolean individual = id instanceof kz.certcopy.applicant.Iin;
        Representative rep = c.representative();
        return new RequestView(r.id().value(), r.centerId(), r.clerk(), r.status(),
                new ApplicantView(id.kind().name(), individual ? id.value() : null, individual ? null : id.value(),
                        c.applicant().fullName(), c.applicant().address(), c.applicant().phone()),
                rep == null ? null : new RepresentativeView(rep.fullName(), rep.iin().value(),
                        rep.authorityDocument(), rep.authorityDate()),
                new ConsentView(c.documents(), c.electronicMedia(), c.date(), scan == null ? null : of(scan)),
                r.originals().stream().map(o -> of(o, refused.get(o.number()))).toList(),
                refusals, r.clock().startedAt(), r.clock().deadline(), r.finishedAt().orElse(null),
                r.overrun(now).toSeconds(), !r.overrun(now).isZero(), r.version());
    }

    static ConsentScanView of(ConsentScans.ConsentScan s) {
        return new ConsentScanView(s.attachedAt(), s.attachedBy(), s.mediaType(), s.size(), s.sha256(),
                s.replacedScans(), "/api/v1/requests/" + s.requestId() + "/consent-scan");
    }

    static RefusalView of(Refusal f, CertificationRequest r, MessageSource messages, Locale locale) {
        return new RefusalView(f.id().value(), f.requestId().value(), f.clerk(), f.refusedAt(),
                f.items().stream().map(i -> of(i, messages, locale)).toList(), r.status(), r.version());
    }

    private static OriginalView of(Original o, RefusalItemView refusal) {
        var d = o.document();
        return new OriginalView(o.number(), d.kind(), d.number(), d.date(), d.issuer(), o.outcome(), refusal);
    }

    private static RefusalItemView of(RefusalItem i, MessageSource messages, Locale locale) {
        List<GroundView> grounds = i.orderedGrounds().stream().map(g -> new GroundView(g.name(), g.ruleItem(),
                messages.getMessage("refusal.ground." + g.name(), null, g.name(), locale))).toList();
        GroundView first = grounds.get(0);
        return new RefusalItemView(i.originalNumber(), grounds, first.ground(), first.ruleItem(), first.text(),
                i.details());
    }
}
