package kz.certcopy.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default {@link CopyDocuments}: the content store. Another backend (e.g. CMIS) registers its own bean under
 * {@code certcopy.copies.storage=<name>}; this one applies when the property is absent or {@code content-store}.
 */
@Configuration(proxyBeanMethods = false)
public class CopyDocumentsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "certcopy.copies.storage", havingValue = "content-store", matchIfMissing = true)
    CopyDocuments contentStoreCopyDocuments(ContentStore store, JdbcClient jdbc) {
        return new ContentStoreCopyDocuments(store, jdbc);
    }

    /** Signed refusal notices (Annex 2); with CMIS, {@code CmisStorageConfiguration} supplies the content. */
    @Bean
    RefusalNotices refusalNotices(JdbcClient jdbc, ContentStore store,
                                  org.springframework.beans.factory.ObjectProvider<RefusalNoticeContent> content,
                                  java.time.Clock clock) {
        return new JdbcRefusalNotices(jdbc, content.getIfAvailable(() -> RefusalNoticeContent.of(store)), clock);
    }
}
