package kz.certcopy.copies.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server-side keys of clerks: {@code certcopy.signing.clerk-keys[<username>].keystore} (a PKCS#12 file or a
 * {@code classpath:} resource) and {@code .password} or {@code .password-file}. Brackets keep usernames with dots
 * (e.g. {@code almaty.clerk1}) as one key.
 */
@ConfigurationProperties("certcopy.signing")
public class ClerkKeyProperties {

    private Map<String, KeyFile> clerkKeys = new LinkedHashMap<>();

    public Map<String, KeyFile> getClerkKeys() {
        return clerkKeys;
    }

    public void setClerkKeys(Map<String, KeyFile> clerkKeys) {
        this.clerkKeys = clerkKeys;
    }

    /** One PKCS#12 key store and its password (inline, or in a file readable only by the service). */
    public static class KeyFile {
        private String keystore;
        private String password;
        private String passwordFile;

        public String getKeystore() {
            return keystore;
        }

        public void setKeystore(String keystore) {
            this.keystore = keystore;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordFile() {
            return passwordFile;
        }

        public void setPasswordFile(String passwordFile) {
            this.passwordFile = passwordFile;
        }
    }
}
