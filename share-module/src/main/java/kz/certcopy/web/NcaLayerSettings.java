package kz.certcopy.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the request page finds NCALayer and whether test keys may be offered in its dialog.
 *
 * @param url {@code certcopy.web.ncalayer.url}: NCALayer's WebSocket, {@code wss://127.0.0.1:13579/} on a clerk's
 *            computer (tests point it at a stand-in on another port)
 * @param testKeys {@code certcopy.web.ncalayer.test-keys}: send {@code signerParams.chain: []} so NCALayer offers
 *            keys that do not chain to the production NCA (NCA RK test keys); demo and tests only
 */
@Component
public record NcaLayerSettings(@Value("${certcopy.web.ncalayer.url:wss://127.0.0.1:13579/}") String url,
                               @Value("${certcopy.web.ncalayer.test-keys:false}") boolean testKeys) {
}
