package kz.certcopy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.certcopy.IntegrationTest;
import kz.certcopy.TestApplication;
import kz.certcopy.center.ServiceCenters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.datasource.url} set, CertCopy uses that PostgreSQL and starts no embedded one. The "external"
 * server here is the embedded PostgreSQL of the shared test context, reached over JDBC like any other.
 */
class ExternalDatabaseIT extends IntegrationTest {

    @Autowired
    EmbeddedPostgresServer embedded;

    private SpringApplicationBuilder external(String... profiles) {
        return new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.SERVLET)
                .profiles(profiles)
                .properties("spring.datasource.url=" + embedded.jdbcUrl(),
                        "spring.datasource.username=" + embedded.username(),
                        "certcopy.data-dir=target/test-data/external", "server.port=0");
    }

    @Test
    void externalDatabaseIsUsedInsteadOfTheEmbeddedOne() {
        try (ConfigurableApplicationContext ctx = external().run()) {
            assertThat(ctx.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(ctx.getBean(ServiceCenters.class).find("almaty-1")).isPresent();
        }
    }

    @Test
    void demoProfileRefusesAnExternalDatabase() {
        assertThatThrownBy(() -> external("demo").run().close())
                .hasStackTraceContaining("runs only on the embedded database");
    }
}
