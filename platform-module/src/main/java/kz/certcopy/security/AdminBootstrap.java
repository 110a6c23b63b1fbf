package kz.certcopy.security;

import java.security.SecureRandom;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start against a fresh database (no ADMIN yet) creates the account {@code admin} with a random
 * password and prints it once to the console (standard output, not the log files). Change it after signing in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminBootstrap implements ApplicationRunner {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;

    public AdminBootstrap(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
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
