package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Certify" with the server's key is offered only to a clerk who has a key on the server
 * ({@code certcopy.signing.clerk-keys}); an Astana clerk, who has none, was offered it and told "no signing key" on
 * pressing it. NCALayer is offered to both.
 */
class SigningOfferIT extends BrowserTest {

    private static final String ORIGINAL = "#originals tbody tr[data-original='1']";

    @Autowired
    RequestService requests;

    @Test
    void aClerkWithoutAServerKeyIsOfferedNcaLayerOnly() {
        String id = register(new Actor("astana.clerk1", "900715300451", "astana-1", Set.of(Role.CLERK)));
        signOut();
        open("/login?lang=kk");
        signIn("astana.clerk1");
        uploadScan(id, 1, "tesseract__phototest.tif");
        open("/requests/" + id);
        assertThat(find(ORIGINAL + " .certify-ncalayer").isDisplayed()).isTrue();
        assertThat(all(ORIGINAL + " .certify-server")).isEmpty();
        assertThat(all("form[action$='/certify']")).isEmpty();
        shot("78-no-server-key-ncalayer-only-kk");
        signOut();
    }

    @Test
    void aClerkWithAServerKeyIsOfferedBoth() {
        String id = register(new Actor("almaty.clerk1", "123456789012", "almaty-1", Set.of(Role.CLERK)));
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk1");
        uploadScan(id, 1, "tesseract__phototest.tif");
        open("/requests/" + id);
        assertThat(find(ORIGINAL + " .certify-server").isDisplayed()).isTrue();
        assertThat(find(ORIGINAL + " .certify-ncalayer").isDisplayed()).isTrue();
        signOut();
    }

    private String register(Actor clerk) {
        return requests.register(clerk, new RegistrationForm(null,
                new Applicant(Iin.of("850312300121"), "Сәрсенбаева Әйгерім Қанатқызы", null, null), null,
                List.of(new OriginalDocument("Туу туралы куәлік", "I-ОҚ 204517", null, null)), false, null))
                .id().value().toString();
    }
}
