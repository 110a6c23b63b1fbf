package kz.certcopy.security;

import java.security.SecureRandom;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start against a fresh database (no ADMIN yet) creates the account {@code admin} with a random
 * password and prints it once to the console (standard output, not the log files). Change it after signing in.
 */
@Component
public class AdminBootstrap implements SmartInitializingSingleton {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;

    public AdminBootstrap(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Runs once every bean exists (schema migrated) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = randomPassword(20);
        accounts.save("admin", password, "Administrator", null, null, Set.of(Role.ADMIN));
        System.out.println("""

                ================================================================
                 CertCopy: first start. An administrator account was created.
                   username: admin
                   password: %s
                 This password is shown only once. Keep it safe.
                ================================================================
                """.formatted(password));
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
