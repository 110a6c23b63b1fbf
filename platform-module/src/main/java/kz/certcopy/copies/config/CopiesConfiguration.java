package kz.certcopy.copies.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.config.CertCopyProperties;
import kz.certcopy.copies.CertificationSignings;
import kz.certcopy.copies.ClerkKeys;
import kz.certcopy.copies.CopyCertification;
import kz.certcopy.copies.CopyLinks;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.copies.ExternalCertification;
import kz.certcopy.copies.PublicRateLimit;
import kz.certcopy.copies.RememberedCertificates;
import kz.certcopy.copies.RequestForms;
import kz.certcopy.forms.HandoverPackage;
import kz.certcopy.handover.Handover;
import kz.certcopy.handover.MediaDirectories;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.mark.VerificationUrls;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.signing.ClerkSigner;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.config.SigningProperties;
import kz.certcopy.signing.external.ExternalSigning;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.storage.ContentStoreCopyDocuments;
import kz.certcopy.storage.CopyDocuments;
import kz.certcopy.storage.StorageConfiguration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the certification of copies, their reads and the hand-over from framework-free classes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClerkKeyProperties.class)
public class CopiesConfiguration {

    @Bean
    ClerkKeys clerkKeys(ClerkKeyProperties keys, SigningProperties signing, CadesSigner cades, PadesSigner pades,
                        CertificateValidator validator, ClerkCertificatePolicy policy, Clock clock) {
        KzGostProvider.install();
        CadesLevel level = level(signing);
        Map<String, ClerkKeys.ClerkKey> byUser = new LinkedHashMap<>();
        keys.getClerkKeys().forEach((user, file) -> {
            Supplier<SigningKey> key = lazy(file);
            byUser.put(user, new ClerkKeys.ClerkKey(key,
                    new ClerkSigner(key, cades, pades, validator, policy, clock, level)));
        });
        return new ClerkKeys(byUser);
    }

    @Bean
    CopyLinks copyLinks(VerificationUrls urls) {
        return new CopyLinks(urls);
    }

    @Bean
    CopyCertification copyCertification(CertificationRequests requests, RequestService requestService,
                                        ScanPages pages, ServiceCenters centers, CopyAssembler assembler,
                                        ClerkKeys keys, CopyDocuments documents, CertifiedCopies copies,
                                        AuditTrail audit, UnitOfWork tx, CopyLinks links,
                                        ObjectProvider<RetentionPolicy> retention, Clock clock) {
        return new CopyCertification(requests, requestService, pages, centers, assembler, keys, documents, copies,
                audit, tx, links, retention.getIfAvailable(RetentionPolicy::sixMonths), clock);
    }

    @Bean
    CopyReads copyReads(CertifiedCopies copies, CopyDocuments documents, CertificationRequests requests,
                        AuditTrail audit, UnitOfWork tx) {
        return new CopyReads(copies, documents, requests, audit, tx);
    }

    @Bean
    Handover handover(CopyReads reads, CopyDocuments documents, CopyLinks links, AuditTrail audit, UnitOfWork tx,
                      ServiceCenters centers, Clock clock, org.springframework.core.env.Environment env,
                      @Value("${certcopy.handover.media-dir:}") String mediaDir) {
        java.util.Map<String, Path> perCenter = new java.util.HashMap<>();
        org.springframework.boot.context.properties.bind.Binder.get(env)
                .bind("certcopy.handover.center-media-dir", org.springframework.boot.context.properties.bind
                        .Bindable.mapOf(String.class, String.class))
                .ifBound(m -> m.forEach((center, dir) -> perCenter.put(center, Path.of(dir))));
        return new Handover(reads, documents, new HandoverPackage(clock, RetentionPolicy.KAZAKHSTAN), links, audit,
                tx, new MediaDirectories(mediaDir.isBlank() ? null : Path.of(mediaDir), perCenter), centers);
    }

    @Bean
    ExternalCertification externalCertification(CopyCertification certification, ExternalSigning external,
                                                CertificationSignings pending, CertificationRequests requests,
                                                RememberedCertificates remembered, SigningProperties signing,
                                                Clock clock) {
        return new ExternalCertification(certification, external, pending, requests, remembered, clock,
                level(signing));
    }

    private static CadesLevel level(SigningProperties signing) {
        return signing.getTsaUrl() == null || signing.getTsaUrl().isBlank() ? CadesLevel.B_B : CadesLevel.B_T;
    }

    @Bean
    RequestForms requestForms(RequestService requests, ServiceCenters centers, ClerkKeys keys, JdbcClient jdbc,
                              Clock clock, kz.certcopy.storage.RefusalNotices notices,
                              kz.certcopy.certification.UnitOfWork tx, ObjectProvider<RetentionPolicy> retention) {
        return new RequestForms(requests, centers, keys, username -> jdbc
                .sql("SELECT full_name FROM app_user WHERE username = ?").param(username).query(String.class)
                .optional(), clock, notices, tx, retention.getIfAvailable(RetentionPolicy::sixMonths));
    }

    /**
     * After start-up and then daily, documents of copies whose transaction never committed are swept. The content
     * store's files are swept by the storage configuration; other backends (CMIS) sweep here.
     */
    @Bean
    CopyDocumentsSweep copyDocumentsSweep(CopyDocuments documents, CertCopyProperties properties) {
        return new CopyDocumentsSweep(documents, properties);
    }

    static final class CopyDocumentsSweep {
        private final CopyDocuments documents;
        private final CertCopyProperties properties;

        CopyDocumentsSweep(CopyDocuments documents, CertCopyProperties properties) {
            this.documents = documents;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Scheduled(cron = StorageConfiguration.SWEEP_CRON, zone = StorageConfiguration.SWEEP_ZONE)
        void sweep() {
            if (documents instanceof ContentStoreCopyDocuments) {
                return;
            }
            try {
                documents.sweepOrphans(properties.contentSweepGrace());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(CopiesConfiguration.class)
                        .warn("Sweep of orphaned copy documents failed; it runs again at the next sweep", e);
            }
        }
    }

    @Bean
    PublicRateLimit publicRateLimit(@Value("${certcopy.verification.per-minute:60}") int perMinute, Clock clock) {
        return new PublicRateLimit(perMinute, clock);
    }

    /** Loads the key store on first use, so a missing key only fails that clerk's signing. */
    private static Supplier<SigningKey> lazy(ClerkKeyProperties.KeyFile file) {
        return new Supplier<>() {
            private volatile SigningKey loaded;

            @Override
            public SigningKey get() {
                if (loaded == null) {
                    loaded = load(file);
                }
                return loaded;
            }
        };
    }

    static SigningKey load(ClerkKeyProperties.KeyFile file) {
        if (file.getKeystore() == null || file.getKeystore().isBlank()) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_NO_KEY, ErrorKind.UNAVAILABLE);
        }
        try {
            String password = file.getPasswordFile() != null && !file.getPasswordFile().isBlank()
                    ? Files.readString(Path.of(file.getPasswordFile())).strip()
                    : file.getPassword() == null ? "" : file.getPassword();
            return new Pkcs12KeySource(bytes(file.getKeystore()), password.toCharArray()).load();
        } catch (IOException e) {
            throw SigningErrors.error(SigningErrors.KEYSTORE_CORRUPT, ErrorKind.UNAVAILABLE, e);
        }
    }

    private static byte[] bytes(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            try (InputStream in = CopiesConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CertCopyException(SigningErrors.KEYSTORE_NO_KEY, ErrorKind.UNAVAILABLE);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(location));
    }
}
