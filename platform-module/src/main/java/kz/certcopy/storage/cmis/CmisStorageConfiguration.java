package kz.certcopy.storage.cmis;

import java.time.Clock;
import java.time.ZoneId;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.config.CertCopyProperties;
import kz.certcopy.storage.JdbcCertifiedCopies;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code certcopy.storage=cmis} (or the certification part's {@code certcopy.copies.storage=cmis}): the documents of certified copies go to a CMIS 1.1 repository (Alfresco with the
 * certcopy-platform module) instead of the content store; PostgreSQL stays the system of record. The beans here are
 * primary over the default {@code CopyDocuments} and the plain JDBC {@code CertifiedCopies}. The start-up sweep of
 * orphaned documents is the copies configuration's (it calls {@code CopyDocuments.sweepOrphans}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${certcopy.storage:}' == 'cmis' or '${certcopy.copies.storage:}' == 'cmis'")
@EnableConfigurationProperties(CmisSettings.class)
public class CmisStorageConfiguration {

    @Bean
    CmisRepository cmisRepository(CmisSettings settings) {
        return new CmisRepository(settings, ContentModel.load());
    }

    @Bean
    AuditNotes cmisAuditNotes(AuditTrail audit, PlatformTransactionManager transactions) {
        return new AuditNotes(audit, transactions);
    }

    @Bean
    @Primary
    CmisCopyDocuments cmisCopyDocuments(CmisRepository repo, JdbcCertifiedCopies records, AuditNotes notes,
                                        Clock clock) {
        return new CmisCopyDocuments(repo, records, notes, clock);
    }

    @Bean
    CmisRefusalNoticeContent cmisRefusalNoticeContent(CmisRepository repo, ServiceCenters centers, AuditNotes notes,
                                                      CertCopyProperties properties) {
        return new CmisRefusalNoticeContent(repo, centers, notes, ZoneId.of(properties.zone()));
    }

    @Bean
    @Primary
    CertifiedCopies cmisCertifiedCopies(JdbcCertifiedCopies records, CmisCopyDocuments documents,
                                        CmisRepository repo, ServiceCenters centers, CertCopyProperties properties) {
        return new CmisCertifiedCopies(records, documents, repo, centers, ZoneId.of(properties.zone()));
    }
}
