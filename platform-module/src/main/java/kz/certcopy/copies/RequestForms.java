package kz.certcopy.copies;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Representative;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.Refusal;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.storage.RefusalNotices;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.forms.ApplicantDetails;
import kz.certcopy.forms.ConsentForm;
import kz.certcopy.forms.ConsentFormData;
import kz.certcopy.forms.DocumentDefect;
import kz.certcopy.forms.DocumentDetails;
import kz.certcopy.forms.FormLanguage;
import kz.certcopy.forms.LocalizedText;
import kz.certcopy.forms.RefusalGround;
import kz.certcopy.forms.RefusalNotice;
import kz.certcopy.forms.RefusalNoticeData;
import kz.certcopy.forms.RefusedOriginal;
import kz.certcopy.forms.RepresentativeDetails;
import kz.certcopy.forms.ServiceCenterDetails;
import kz.certcopy.security.Actor;
import kz.certcopy.signing.pades.PadesOptions;

/**
 * The rule's annexes for a request: Annex 1 (consent) pre-filled from the request, and Annex 2 (reasoned
 * refusal) listing every refused original with its grounds and the clerk's reasons, signed PAdES with the
 * refusing clerk's server-side key when one is configured. Reading the request for a form is audited
 * ({@link RequestService#get}).
 */
public final class RequestForms {

    /** A rendered form; {@code signed} tells whether it carries the clerk's PAdES signature. */
    public record Form(byte[] pdf, boolean signed) {
    }

    private final RequestService requests;
    private final ServiceCenters centers;
    private final ClerkKeys keys;
    private final Function<String, Optional<String>> clerkNames;
    private final Clock clock;
    private final RefusalNotices notices;
    private final UnitOfWork tx;
    private final kz.certcopy.retention.RetentionPolicy retention;

    public RequestForms(RequestService requests, ServiceCenters centers, ClerkKeys keys,
                        Function<String, Optional<String>> clerkNames, Clock clock, RefusalNotices notices,
                        UnitOfWork tx, kz.certcopy.retention.RetentionPolicy retention) {
        this.notices = notices;
        this.tx = tx;
        this.retention = retention;
        this.requests = requests;
        this.centers = centers;
        this.keys = keys;
        this.clerkNames = clerkNames;
        this.clock = clock;
    }

    public void consent(Actor actor, CertificationRequestId id, FormLanguage language, OutputStream out) {
        CertificationRequest r = requests.get(actor, id);
        Representative rep = r.consent().representative();
        List<DocumentDetails> docs = r.originals().stream().map(RequestForms::document).toList();
        new ConsentForm(clock).render(new ConsentFormData(language, r.id().toString(), center(r), applicant(r),
                rep == null ? null : new RepresentativeDetails(rep.fullName(), rep.iin().value(),
                        rep.authorityDocument()), docs, r.consent().electronicMedia(), r.consent().date()), out);
    }

    /**
     * Annex 2 for the request's refusals so far. Stored when first produced (signed with the clerk's key, which the
     * refusal itself need not have at hand) and served from storage afterwards: same bytes, same signature.
     */
    public Form refusal(Actor actor, CertificationRequestId id, FormLanguage language) {
        CertificationRequest r = requests.get(actor, id);
        if (r.refusals().isEmpty()) {
            throw new CertCopyException("NO_REFUSAL", ErrorKind.NOT_FOUND);
        }
        String lang = language.name().toLowerCase(java.util.Locale.ROOT);
        Optional<RefusalNotices.Stored> stored = notices.find(id, r.refusals().size(), lang);
        if (stored.isPresent()) {
            return new Form(stored.get().pdf(), stored.get().signed());
        }
        Form form = render(r, language);
        Refusal last = r.refusals().get(r.refusals().size() - 1);
        Applicant a = r.consent().applicant();
        RefusalNotices.Notice notice = new RefusalNotices.Notice(id, r.refusals().size(), lang, a.id().value(),
                a.id().kind().name(), r.centerId(), last.clerk(), clerkNames.apply(last.clerk()).orElse(last.clerk()),
                last.refusedAt(), retention.retainUntil(last.refusedAt()), r.refusals().stream()
                .flatMap(x -> x.items().stream()).flatMap(i -> i.orderedGrounds().stream()).map(Enum::name)
                .distinct().toList());
        RefusalNotices.Stored kept = tx.inTransaction(() -> notices.store(notice, form.pdf(), form.signed()));
        return new Form(kept.pdf(), kept.signed());
    }

    private Form render(CertificationRequest r, FormLanguage language) {
        List<RefusedOriginal> rows = new ArrayList<>();
        String clerk = r.refusals().get(r.refusals().size() - 1).clerk();
        LocalDate date = LocalDate.ofInstant(r.refusals().get(r.refusals().size() - 1).refusedAt(),
                kz.certcopy.retention.RetentionPolicy.KAZAKHSTAN);
        for (Refusal refusal : r.refusals()) {
            for (RefusalItem item : refusal.items()) {
                Original o = r.original(item.originalNumber()).orElseThrow();
                rows.add(row(document(o), item));
            }
        }
        String position = language == FormLanguage.KK ? "ХҚКО қызметкері" : "Работник ЦОН";
        String name = clerkNames.apply(clerk).orElse(clerk);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new RefusalNotice(clock).render(new RefusalNoticeData(language, r.id().toString(), center(r), applicant(r),
                rows, date, position, name, null, null), pdf);
        Optional<ClerkKeys.ClerkKey> key = keys.forClerk(clerk);
        if (key.isEmpty()) {
            return new Form(pdf.toByteArray(), false);
        }
        return new Form(key.get().signer().signPdf(pdf.toByteArray(),
                PadesOptions.invisible("Бас тарту туралы хабарлама / Уведомление об отказе")), true);
    }

    /** Every ground of the item on one row: 9.1 and 9.2 as themselves, the 9.3 ones as the defects found. */
    private static RefusedOriginal row(DocumentDetails doc, RefusalItem item) {
        String details = item.details() == null || item.details().isBlank() ? "—" : item.details();
        EnumSet<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
        EnumSet<DocumentDefect> defects = EnumSet.noneOf(DocumentDefect.class);
        for (kz.certcopy.certification.RefusalGround g : item.grounds()) {
            switch (g) {
                case NOT_SUBMITTED -> grounds.add(RefusalGround.DOCUMENTS_NOT_SUBMITTED);
                case RESOURCE_ABSENT -> grounds.add(RefusalGround.RESOURCE_ABSENT);
                default -> {
                    grounds.add(RefusalGround.DOCUMENT_DEFECTS);
                    defects.add(defect(g));
                }
            }
        }
        return new RefusedOriginal(doc, grounds, defects, details);
    }

    /** 9.3 in the forms' terms; the first defect is the rule's «көшірмелері» (erasures in the UI). */
    private static DocumentDefect defect(kz.certcopy.certification.RefusalGround g) {
        return switch (g) {
            case ERASURES -> DocumentDefect.COPIES;
            case ADDITIONS -> DocumentDefect.ADDITIONS;
            case CROSSED_OUT_WORDS -> DocumentDefect.CROSSED_OUT_WORDS;
            case UNSTATED_CORRECTIONS -> DocumentDefect.OTHER_UNSTATED_CORRECTIONS;
            case PENCIL -> DocumentDefect.PENCIL;
            case ILLEGIBLE_SEAL -> DocumentDefect.ILLEGIBLE_SEAL;
            default -> throw new IllegalArgumentException(g.name());
        };
    }

    private ServiceCenterDetails center(CertificationRequest r) {
        ServiceCenter c = centers.find(r.centerId())
                .orElseThrow(() -> new CertCopyException("UNKNOWN_CENTER", ErrorKind.UNPROCESSABLE));
        return new ServiceCenterDetails(new LocalizedText(c.nameKk(), c.nameRu()));
    }

    private static ApplicantDetails applicant(CertificationRequest r) {
        Applicant a = r.consent().applicant();
        kz.certcopy.forms.ApplicantKind kind = a.id().kind() == kz.certcopy.applicant.ApplicantKind.INDIVIDUAL
                ? kz.certcopy.forms.ApplicantKind.INDIVIDUAL : kz.certcopy.forms.ApplicantKind.LEGAL_ENTITY;
        return new ApplicantDetails(kind, a.id().value(), a.fullName(),
                a.address() == null || a.address().isBlank() ? "—" : a.address(), a.phone());
    }

    private static DocumentDetails document(Original o) {
        return new DocumentDetails(o.document().kind(), o.document().number(), o.document().date(),
                o.document().issuer());
    }
}
