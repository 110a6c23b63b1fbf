package kz.certcopy.storage.cmis;

import java.util.HashMap;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;

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

    /** A fresh InMemory repository with the cc: types, as an Alfresco with the certcopy-platform module has them. */
    static CmisTestServer serverWithModel() {
        CmisTestServer server = CmisTestServer.start(REPOSITORY);
        AlfrescoCmisTypes.createIn(open(server.browserUrl()), ContentModel.load());
        return server;
    }
}
