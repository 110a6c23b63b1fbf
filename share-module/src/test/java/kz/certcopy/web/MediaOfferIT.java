package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Write to media" and "hand over again on media" are offered only where the clerk's center has a removable medium
 * (the tests configure one for Almaty and Astana and none for the node): a clerk of a center without one sees
 * neither button, only the downloads; a clerk in Almaty sees both, for the same copy.
 */
class MediaOfferIT extends BrowserTest {

    private static final String IIN = "880214450018";
    private static final String NAME = "Бекқожаева Ғалия Нұрланқызы";

    @Autowired
    RequestService requests;
    @Autowired
    ServiceCenters centers;
    @Autowired
    UserAccounts accounts;

    @Test
    void onlyACenterWithAMediumIsOfferedWritingToIt() {
        centers.save(new ServiceCenter("shymkent-1", "Шымкент қаласы Әл-Фараби ауданы бойынша ХҚКО",
                "ЦОН района Аль-Фараби города Шымкента", "Шымкент", "Шымкент", "Әл-Фараби"));
        // the project's RSA test key is this clerk's (certcopy.signing.clerk-keys in the test properties)
        accounts.save("shymkent.clerk1", PASSWORD, "Оспанова Гүлжан Ерболқызы", "123456789011", "shymkent-1",
                Set.of(Role.CLERK));
        String id = register(new Actor("shymkent.clerk1", "123456789011", "shymkent-1", Set.of(Role.CLERK)));
        signOut();
        open("/login?lang=kk");
        signIn("shymkent.clerk1");
        uploadScan(id, 1, "tesseract__phototest.tif");
        String copyId = certifyWithServerKey(id, 1);
        String original = "#originals tbody tr[data-original='1']";
        assertThat(find(original + " a.package").isDisplayed()).isTrue();
        assertThat(all(original + " .to-media")).isEmpty();
        assertThat(all("form[action$='/media']")).isEmpty();
        shot("76-no-medium-request-kk");

        find("#find-earlier button").click();
        String found = "#found tbody tr[data-copy='" + copyId + "']";
        assertThat(find(found + " a.package").isDisplayed()).isTrue();
        assertThat(all(found + " .to-media")).isEmpty();
        shot("77-no-medium-copies-kk");

        // in Almaty, with a medium: the same copy can be handed over again there, and a copy made there written
        String visit = register(new Actor("almaty.clerk2", "123456789011", "almaty-1", Set.of(Role.CLERK)));
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk2");
        uploadScan(visit, 1, "pdfbox__stamp.jpg");
        certifyWithServerKey(visit, 1);
        assertThat(find(original + " button.to-media").getText()).isEqualTo("Жеткізгішке жазу");
        find("#find-earlier button").click();
        assertThat(find(found + " button.to-media").getText()).isEqualTo("Жеткізгішке қайта жазу");
        signOut();
    }

    private String register(Actor clerk) {
        return requests.register(clerk, new RegistrationForm(null, new Applicant(Iin.of(IIN), NAME, null, null),
                null, List.of(new OriginalDocument("Туу туралы куәлік", "I-ОҚ 204517", null, null)), true, null))
                .id().value().toString();
    }
}
