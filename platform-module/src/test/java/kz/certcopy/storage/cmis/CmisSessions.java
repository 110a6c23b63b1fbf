package kz.certcopy.storage.cmis;

import java.util.HashMap;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A plain OpenCMIS session of the tests' own, to see the repository as an Alfresco user would. */
final class CmisSessions {

    static final String REPOSITORY = "certcopy";

    private CmisSessions() {
    }

    static Session open(String browserUrl) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, browserUrl);
        p.put(SessionParameter.REPOSITORY_ID, REPOSITORY);
        p.put(SessionParameter.USER, "records");
        p.put(SessionParameter.PASSWORD, "records");
        p.put(SessionParameter.CACHE_SIZE_OBJECTS, "0");
        return SessionFactoryImpl.newInstance().createSession(p);
    }

    /** The one switch and the repository's settings, for a Spring context of the tests. */
    static void useCmisBackend(DynamicPropertyRegistry r, CmisTestServer server) {
        r.add("certcopy.storage", () -> "cmis");
        r.add("certcopy.storage.cmis.url", server::browserUrl);
        r.add("certcopy.storage.cmis.repository-id", () -> REPOSITORY);
        r.add("certcopy.storage.cmis.username", () -> "certcopy");
        r.add("certcopy.storage.cmis.password", () -> "secret");
        r.add("certcopy.storage.cmis.read-timeout", () -> "5s");
    }

    /** A fresh InMemory repository with the cc: types, as an Alfresco with the certcopy-platform module has them. */
    static CmisTestServer serverWithModel() {
        CmisTestServer server = CmisTestServer.start(REPOSITORY);
        AlfrescoCmisTypes.createIn(open(server.browserUrl()), ContentModel.load());
        return server;
    }
}
