package kz.certcopy.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The runnable assembly: platform-module (repository tier) + share-module (clerks' web UI). */
@SpringBootApplication(scanBasePackages = "kz.certcopy")
public class CertCopyApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("verify") || args[0].equals("sign"))) { // signing CLI, no Spring
            System.exit(kz.certcopy.signing.cli.SigningCli.run(args, System.out, System.err));
        }
        SpringApplication.run(CertCopyApplication.class, args);
    }
}
