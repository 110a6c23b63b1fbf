package kz.certcopy.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.UnitOfWork;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;

/** Beans every part of CertCopy shares: the clock, messages in kk/ru/en, the workflow service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertCopyProperties.class)
public class PlatformConfiguration {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, Locale.ENGLISH);

    /** Time of the centers' zone; tests replace it with a fixed clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(CertCopyProperties properties) {
        return Clock.system(ZoneId.of(properties.zone()));
    }

    /** One bundle per team area; a bundle not yet written is simply skipped. Russian is the fallback. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource ms = new ResourceBundleMessageSource();
        ms.setBasenames("i18n/messages", "i18n/signing", "i18n/intake", "i18n/forms",
                "i18n/certification");
        ms.addBasenames("i18n/retention");
        ms.addBasenames("i18n/storage"); // cmis: storage backend errors
        ms.addBasenames("i18n/web"); // share-module: the web workspace (kz.certcopy.web)
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        ms.setDefaultLocale(RUSSIAN);
        return ms;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new AcceptLanguageResolver(SUPPORTED, RUSSIAN);
    }

    @Bean
    RequestService requestService(CertificationRequests requests, ServiceCenters centers, AuditTrail audit,
                                  UnitOfWork tx, Clock clock) {
        return new RequestService(requests, centers, audit, tx, clock);
    }
}
