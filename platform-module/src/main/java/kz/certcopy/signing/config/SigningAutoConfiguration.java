package kz.certcopy.signing.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.ClerkSigner;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.SigningSetup;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.external.ExternalSigning;
import kz.certcopy.signing.external.InMemorySigningSessions;
import kz.certcopy.signing.external.SigningSessions;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.KeySource;
import kz.certcopy.signing.keys.Pkcs11KeySource;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.tsp.TsaClient;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Wires the signing engine from {@link SigningProperties}. The only Spring-aware class of the signing package; the
 * session store is replaceable (a JDBC {@link SigningSessions} bean wins over the in-memory one).
 */
@AutoConfiguration
@EnableConfigurationProperties(SigningProperties.class)
public class SigningAutoConfiguration {

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }

    @Bean
    @ConditionalOnMissingBean
    public CertificateValidator signingCertificateValidator(SigningProperties p, ObjectProvider<Clock> clock) {
        KzGostProvider.install();
        return SigningSetup.validator(SigningSetup.trust(p.getTrustAnchors()), p.getCrls(), p.getOcspUrl(),
                p.getNetworkTimeout(), clock(clock), p.isRevocationRequired());
    }

    @Bean
    @ConditionalOnMissingBean
    public CadesSigner cadesSigner(SigningProperties p) {
        return new CadesSigner(p.getTsaUrl() == null || p.getTsaUrl().isBlank() ? null
                : new TsaClient(p.getTsaUrl(), p.getNetworkTimeout(), p.getTsaPolicy()));
    }

    @Bean
    @ConditionalOnMissingBean
    public PadesSigner padesSigner() {
        return new PadesSigner();
    }

    @Bean
    @ConditionalOnMissingBean
    public ClerkCertificatePolicy clerkCertificatePolicy(SigningProperties p) {
        return new ClerkCertificatePolicy(new HashSet<>(p.getAcceptedRoles()));
    }

    @Bean
    @ConditionalOnMissingBean
    public SigningSessions signingSessions(ObjectProvider<Clock> clock) {
        return new InMemorySigningSessions(clock(clock));
    }

    @Bean
    @ConditionalOnMissingBean
    public ExternalSigning externalSigning(SigningSessions sessions, CadesSigner cades, PadesSigner pades,
                                           CertificateValidator validator, ClerkCertificatePolicy policy,
                                           SigningProperties p, ObjectProvider<Clock> clock) {
        return new ExternalSigning(sessions, cades, pades, validator, policy, clock(clock), p.getSessionExpiry());
    }

    @Bean
    @ConditionalOnMissingBean
    public SignatureVerifier signatureVerifier(CertificateValidator validator, SigningProperties p,
                                               ObjectProvider<Clock> clock) {
        return new SignatureVerifier(validator, clock(clock), p.getVerifyTimeLimit());
    }

    /** Server-side signer; the key is loaded on first use, so a missing keystore only fails signing calls. */
    @Bean
    @ConditionalOnMissingBean
    public ClerkSigner clerkSigner(SigningProperties p, CadesSigner cades, PadesSigner pades,
                                   CertificateValidator validator, ClerkCertificatePolicy policy,
                                   ObjectProvider<Clock> clock) {
        KeySource source = keySource(p);
        java.util.function.Supplier<SigningKey> key = new java.util.function.Supplier<>() {
            private volatile SigningKey loaded;

            @Override
            public SigningKey get() {
                if (loaded == null) {
                    loaded = source.load();
                }
                return loaded;
            }
        };
        CadesLevel level = p.getTsaUrl() == null || p.getTsaUrl().isBlank() ? CadesLevel.B_B : CadesLevel.B_T;
        return new ClerkSigner(key, cades, pades, validator, policy, clock(clock), level);
    }

    static KeySource keySource(SigningProperties p) {
        return () -> {
            try {
                if (p.getPkcs11Config() != null && !p.getPkcs11Config().isBlank()) {
                    return new Pkcs11KeySource(Path.of(p.getPkcs11Config()),
                            p.getPkcs11Pin() == null ? new char[0] : p.getPkcs11Pin().toCharArray()).load();
                }
                if (p.getKeystore() == null || p.getKeystore().isBlank()) {
                    throw SigningErrors.error(SigningErrors.KEYSTORE_NO_KEY, ErrorKind.UNAVAILABLE);
                }
                String password = p.getKeystorePasswordFile() != null && !p.getKeystorePasswordFile().isBlank()
                        ? Files.readString(Path.of(p.getKeystorePasswordFile())).strip()
                        : p.getKeystorePassword() == null ? "" : p.getKeystorePassword();
                return new Pkcs12KeySource(Files.readAllBytes(Path.of(p.getKeystore())), password.toCharArray()).load();
            } catch (java.io.IOException e) {
                throw SigningErrors.error(SigningErrors.KEYSTORE_CORRUPT, ErrorKind.UNAVAILABLE, e);
            }
        };
    }
}
