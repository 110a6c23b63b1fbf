package kz.certcopy.retention.config;

import java.time.Clock;
import java.util.Base64;
import javax.sql.DataSource;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.report.ReportService;
import kz.certcopy.report.jdbc.JdbcReportQueries;
import kz.certcopy.retention.ApplicantHasher;
import kz.certcopy.retention.DisposalJob;
import kz.certcopy.retention.LegalHoldService;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.retention.jdbc.JdbcApplicantHashKey;
import kz.certcopy.retention.jdbc.JdbcDisposalQueue;
import kz.certcopy.retention.jdbc.JdbcDisposalRuns;
import kz.certcopy.retention.jdbc.JdbcLegalHolds;
import kz.certcopy.retention.jdbc.PgAdvisoryDisposalLock;
import kz.certcopy.retention.jdbc.StoreCopyContent;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocuments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires retention (policy, disposal job, legal holds) and the reports to their JDBC and storage adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
@EnableScheduling
public class RetentionConfiguration {

    @Bean
    RetentionPolicy retentionPolicy(RetentionProperties properties) {
        return new RetentionPolicy(properties.term(), properties.zone());
    }

    /** The configured key when there is one, else the database's (created on first use, shared by all nodes). */
    @Bean
    ApplicantHasher applicantHasher(RetentionProperties properties, JdbcClient jdbc,
                                    PlatformTransactionManager transactions, Clock clock) {
        if (properties.applicantHashKey() != null && !properties.applicantHashKey().isBlank()) {
            return new ApplicantHasher(Base64.getDecoder().decode(properties.applicantHashKey().strip()));
        }
        return JdbcApplicantHashKey.load(jdbc, new TransactionTemplate(transactions), clock);
    }

    @Bean
    DisposalJob disposalJob(RetentionProperties properties, JdbcClient jdbc, DataSource dataSource,
                            CopyDocuments documents, ContentStore store, ApplicantHasher hasher,
                            AuditTrail audit, UnitOfWork tx, Clock clock) {
        return new DisposalJob(new JdbcDisposalQueue(jdbc), new StoreCopyContent(documents, store, jdbc),
                new PgAdvisoryDisposalLock(dataSource), new JdbcDisposalRuns(jdbc), hasher, audit, tx, clock,
                properties.batchSize(), DisposalJob.BatchHook.NONE);
    }

    @Bean
    LegalHoldService legalHoldService(JdbcClient jdbc, AuditTrail audit, UnitOfWork tx, Clock clock) {
        return new LegalHoldService(new JdbcLegalHolds(jdbc), audit, tx, clock);
    }

    @Bean
    ReportService reportService(JdbcClient jdbc, RetentionProperties properties, AuditTrail audit, Clock clock) {
        return new ReportService(new JdbcReportQueries(jdbc, properties.zone()), audit, clock);
    }

    @Bean
    DisposalSchedule disposalSchedule(DisposalJob job) {
        return new DisposalSchedule(job);
    }
}
