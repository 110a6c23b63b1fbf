package kz.certcopy.forms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Realistic form input: a long Kazakh name, addresses with every Kazakh letter, many originals. */
final class FormsTestData {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T05:20:00Z"), ZoneOffset.UTC);
    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static final String IIN = "900315450122";
    static final String REPRESENTATIVE_IIN = "851120300458";
    static final String BIN = "120640051238";
    /** A long Kazakh name with ә ғ қ ң ө ұ ү һ і between them. */
    static final String LONG_KAZAKH_NAME = "Әбдіғаппарова-Нұрмұхамбетқызы Гауһартас Өмірзаққызы";
    static final String ADDRESS = "Түркістан облысы, Сарыағаш ауданы, Кеңестөбе ауылы, Үшқоңыр көшесі, 12-үй";
    /** One unbroken token far wider than its table column: must wrap, not overflow. */
    static final String UNBROKEN = "ҚАЗАҚСТАНРЕСПУБЛИКАСЫНЫҢӘДІЛЕТМИНИСТРЛІГІТІРКЕУБӨЛІМІ0000000000001";

    static final ServiceCenterDetails CENTER = new ServiceCenterDetails(new LocalizedText(
            "Алматы қаласы Алмалы ауданының халыққа қызмет көрсету орталығы",
            "Центр обслуживания населения Алмалинского района города Алматы",
            "Public Service Center of Almaly district, Almaty"));

    private static final String[][] KINDS = {
            {"Жоғары білім туралы диплом", "Әл-Фараби атындағы Қазақ ұлттық университеті"},
            {"Туу туралы куәлік", "Түркістан облысы Сарыағаш ауданының тіркеу бөлімі"},
            {"Неке қию туралы куәлік", "Алматы қаласының әділет департаменті"},
            {"Еңбек кітапшасы", "«Қазақтелеком» АҚ кадр қызметі"},
            {"Жылжымайтын мүлікке құқық белгілейтін құжат", "Шымкент қаласының жер қатынастары бөлімі"},
            {"Аттестат о среднем образовании", "Средняя школа-гимназия № 154 города Алматы"},
    };

    private FormsTestData() {
    }

    static ApplicantDetails individual() {
        return ApplicantDetails.individual(IIN, LONG_KAZAKH_NAME, ADDRESS, "+7 701 555 12 34");
    }

    static ApplicantDetails legalEntity() {
        return ApplicantDetails.legalEntity(BIN, "«Өскемен Құрылыс-Жөндеу Һолдинг» жауапкершілігі шектеулі серіктестігі",
                "Шығыс Қазақстан облысы, Өскемен қаласы, Қазақстан даңғылы, 67", "+7 7232 55 66 77");
    }

    /** The number printed for original {@code n}: unique, so a test can find each one in the text. */
    static String number(int n) {
        return "ЖБ-" + (4570000 + n);
    }

    static List<DocumentDetails> documents(int count) {
        List<DocumentDetails> documents = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String[] kind = KINDS[(n - 1) % KINDS.length];
            String issuer = n == 3 ? UNBROKEN : kind[1];
            documents.add(new DocumentDetails(kind[0], number(n), LocalDate.of(2001 + n % 20, 1 + n % 12, 1 + n % 27),
                    issuer));
        }
        return documents;
    }

    static ConsentFormData consent(FormLanguage language, int documents) {
        return new ConsentFormData(language, "Z-2026-000781", CENTER, individual(),
                new RepresentativeDetails("Жақыпбеков Серікқали Өтегенұлы", REPRESENTATIVE_IIN,
                        "сенімхат № 2-1187, 2026-11-20, нотариус Ә. Құдайбергенова"),
                documents(documents), true, TODAY);
    }

    static RefusalNoticeData refusal(FormLanguage language, int originals) {
        List<DocumentDetails> documents = documents(originals);
        List<RefusedOriginal> refused = new ArrayList<>();
        for (int n = 1; n <= originals; n++) {
            Set<RefusalGround> grounds = switch (n % 3) {
                case 0 -> EnumSet.of(RefusalGround.DOCUMENT_DEFECTS);
                case 1 -> EnumSet.of(RefusalGround.DOCUMENTS_NOT_SUBMITTED, RefusalGround.DOCUMENT_DEFECTS);
                default -> EnumSet.of(RefusalGround.RESOURCE_ABSENT);
            };
            Set<DocumentDefect> defects = grounds.contains(RefusalGround.DOCUMENT_DEFECTS)
                    ? (n % 2 == 0 ? EnumSet.of(DocumentDefect.COPIES, DocumentDefect.PENCIL)
                            : EnumSet.of(DocumentDefect.ILLEGIBLE_SEAL, DocumentDefect.CROSSED_OUT_WORDS,
                                    DocumentDefect.ADDITIONS))
                    : Set.of();
            String reasons = language == FormLanguage.RU
                    ? "На странице " + n + " исправлена дата выдачи без заверения; оттиск печати размыт, "
                            + "наименование органа не читается."
                    : n + "-беттегі берілген күні куәландырусыз түзетілген; мөр таңбасы бұлыңғыр, "
                            + "органның атауы оқылмайды. Түпнұсқаны берген ұйымға жүгіну ұсынылды.";
            refused.add(new RefusedOriginal(documents.get(n - 1), grounds, defects, reasons));
        }
        return new RefusalNoticeData(language, "Z-2026-000782", CENTER, legalEntity(), refused, TODAY,
                language == FormLanguage.RU ? "Главный менеджер ЦОН" : "ХҚКО бас менеджері",
                "Сейітқұлова Әйгерім Нұрланқызы", null, "+7 727 339 11 22");
    }

    static CertifiedCopyFacts copy() {
        return new CertifiedCopyFacts("01JEDX7K3M9Q2ZC5R8T4W6Y1PB",
                "https://certcopy.example.kz/v/01JEDX7K3M9Q2ZC5R8T4W6Y1PB?code=7H4K-2M9X",
                "Сейітқұлова Әйгерім Нұрланқызы, Алматы қаласы Алмалы ауданының ХҚКО",
                Instant.parse("2026-12-03T05:20:00Z"), Instant.parse("2027-06-03T18:59:59Z"));
    }
}
