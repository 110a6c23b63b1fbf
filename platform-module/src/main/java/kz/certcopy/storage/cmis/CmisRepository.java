package kz.certcopy.storage.cmis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CMIS session to the configured repository (browser binding), opened on first use and checked against the cc:
 * model: every type and property id the adapter uses must exist there, i.e. the certcopy-platform Alfresco module is
 * deployed. Every call goes through {@link #call}, which turns an unreachable, slow or failing repository into
 * {@code STORAGE_UNAVAILABLE}.
 */
public class CmisRepository {

    private static final Logger log = LoggerFactory.getLogger(CmisRepository.class);

    private final CmisSettings settings;
    private final ContentModel model;
    private final CcIds ids;
    private volatile Session session;

    public CmisRepository(CmisSettings settings, ContentModel model) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalStateException("certcopy.storage=cmis needs certcopy.storage.cmis.url");
        }
        this.settings = settings;
        this.model = model;
        this.ids = CcIds.from(model);
    }

    CcIds ids() {
        return ids;
    }

    CmisSettings settings() {
        return settings;
    }

    /** Runs {@code work} against the repository; any CMIS or connection failure becomes STORAGE_UNAVAILABLE. */
    <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (CmisBaseException e) {
            log.warn("CMIS repository call failed: {}", e.getClass().getSimpleName());
            throw new CertCopyException("STORAGE_UNAVAILABLE", ErrorKind.UNAVAILABLE, e);
        }
    }

    Session session() {
        Session s = session;
        if (s == null) {
            synchronized (this) {
                if (session == null) {
                    session = call(this::connect);
                }
                s = session;
            }
        }
        return s;
    }

    private Session connect() {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, settings.url());
        p.put(SessionParameter.REPOSITORY_ID, settings.repositoryId());
        if (settings.username() != null) {
            p.put(SessionParameter.USER, settings.username());
            p.put(SessionParameter.PASSWORD, settings.password());
        }
        p.put(SessionParameter.CONNECT_TIMEOUT, Long.toString(settings.connectTimeout().toMillis()));
        p.put(SessionParameter.READ_TIMEOUT, Long.toString(settings.readTimeout().toMillis()));
        p.put(SessionParameter.CACHE_SIZE_OBJECTS, "0"); // always read what Alfresco has now (holds, deletions)
        Session s = SessionFactoryImpl.newInstance().createSession(p);
        checkModel(s);
        return s;
    }

    /** Every cc: type and aspect of the model must be known to the repository with all its properties. */
    void checkModel(Session s) {
        for (ContentModel.ClassDef c : model.classes()) {
            ObjectType type;
            try {
                type = s.getTypeDefinition(model.cmisTypeId(c.name()));
            } catch (CmisObjectNotFoundException e) {
                throw new CertCopyException("STORAGE_MODEL_MISSING", ErrorKind.UNAVAILABLE, e,
                        model.cmisTypeId(c.name()));
            }
            for (ContentModel.Property p : c.properties()) {
                if (type.getPropertyDefinitions() == null || !type.getPropertyDefinitions().containsKey(p.name())) {
                    throw new CertCopyException("STORAGE_MODEL_MISSING", ErrorKind.UNAVAILABLE,
                            model.cmisTypeId(c.name()) + "/" + p.name());
                }
            }
        }
    }

    /** {@code /root/a/b/...}, each folder created when missing; a concurrent creator's folder is taken as is. */
    Folder folder(List<String> path) {
        Session s = session();
        Folder current = s.getRootFolder();
        StringBuilder at = new StringBuilder();
        for (String name : path) {
            at.append('/').append(name);
            current = child(s, current, at.toString(), name);
        }
        return current;
    }

    private static Folder child(Session s, Folder parent, String path, String name) {
        try {
            return (Folder) s.getObjectByPath(path);
        } catch (CmisObjectNotFoundException missing) {
            Map<String, Object> props = Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name);
            try {
                return parent.createFolder(props);
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException raced) {
                return (Folder) s.getObjectByPath(path);
            }
        }
    }

    /** The object, or empty when the repository does not have it (anymore). */
    java.util.Optional<CmisObject> find(String objectId) {
        try {
            return java.util.Optional.of(session().getObject(objectId));
        } catch (CmisObjectNotFoundException e) {
            return java.util.Optional.empty();
        }
    }
}
