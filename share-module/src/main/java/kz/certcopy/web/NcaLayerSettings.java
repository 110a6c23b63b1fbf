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
     */
    public record Settings(String url, boolean testKeys) {
    }

    private final Settings settings;

    public NcaLayerSettings(@Value("${certcopy.web.ncalayer.url:wss://127.0.0.1:13579/}") String url,
                            @Value("${certcopy.web.ncalayer.test-keys:false}") boolean testKeys) {
        this.settings = new Settings(url, testKeys);
    }

    @ModelAttribute("ncalayer")
    Settings ncalayer() {
        return settings;
    }
}
