package kz.certcopy.storage.cmis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code certcopy.storage.cmis.*}: where the CMIS 1.1 repository is (browser binding URL, e.g. Alfresco's
 * {@code http://host:8080/alfresco/api/-default-/public/cmis/versions/1.1/browser}), the account, timeouts, the
 * root folder of CertCopy's tree.
 */
@ConfigurationProperties("certcopy.storage.cmis")
public record CmisSettings(String url, String repositoryId, String username, String password,
                           Duration connectTimeout, Duration readTimeout, String rootFolder) {

    public CmisSettings {
        repositoryId = repositoryId != null ? repositoryId : "-default-";
        connectTimeout = connectTimeout != null ? connectTimeout : Duration.ofSeconds(5);
        readTimeout = readTimeout != null ? readTimeout : Duration.ofSeconds(30);
        rootFolder = rootFolder != null ? rootFolder : "CertCopy";
    }

    @Override
    public String toString() {
        return "CmisSettings[url=" + url + ", repositoryId=" + repositoryId + "]"; // no credentials in logs
    }
}
