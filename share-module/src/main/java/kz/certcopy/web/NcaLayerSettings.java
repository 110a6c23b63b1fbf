package kz.certcopy.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where the request page finds NCALayer and whether test keys may be offered in its dialog (model attribute
 * {@code ncalayer} of the request page).
 */
@ControllerAdvice(assignableTypes = RequestPages.class)
public class NcaLayerSettings {

    /**
     * @param url {@code certcopy.web.ncalayer.url}: NCALayer's WebSocket, {@code wss://127.0.0.1:13579/} on a
     *            clerk's computer (tests point it at a stand-in on another port)
     * @param testKeys {@code certcopy.web.ncalayer.test-keys}: send {@code signerParams.chain: []} so NCALayer offers
     *            keys that do not chain to the production NCA (NCA RK test keys); demo and tests only
     * @param selectBySerial {@code certcopy.web.ncalayer.select-by-serial}: send {@code signerParams.serialNumber} so
     *            NCALayer offers only the key of the certificate the step was prepared for (a clerk's personal key has
     *            the same IIN and EKU as the employee key). The serial's form NCALayer compares with is inferred, not
     *            confirmed; if a real NCALayer offers no key, operations switch it off and the IIN filter plus the
     *            server's SIGNER_MISMATCH check remain
     */
    public record Settings(String url, boolean testKeys, boolean selectBySerial) {
    }

    private final Settings settings;

    public NcaLayerSettings(@Value("${certcopy.web.ncalayer.url:wss://127.0.0.1:13579/}") String url,
                            @Value("${certcopy.web.ncalayer.test-keys:false}") boolean testKeys,
                            @Value("${certcopy.web.ncalayer.select-by-serial:true}") boolean selectBySerial) {
        this.settings = new Settings(url, testKeys, selectBySerial);
    }

    @ModelAttribute("ncalayer")
    Settings ncalayer() {
        return settings;
    }
}
