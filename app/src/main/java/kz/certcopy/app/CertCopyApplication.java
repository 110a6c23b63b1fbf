package kz.certcopy.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The runnable assembly: platform-module (repository tier) + share-module (clerks' web UI). */
@SpringBootApplication(scanBasePackages = "kz.certcopy")
public class CertCopyApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertCopyApplication.class, args);
    }
}
