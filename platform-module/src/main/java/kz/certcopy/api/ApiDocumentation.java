package kz.certcopy.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (public, like the Swagger UI: it holds no data, only the shape of
 * the API). Every operation needs HTTP Basic, declared as the {@code basic} scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI certCopyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CertCopy API").version("v1")
                        .description("Certification of electronic copies of paper documents by clerks of Public "
                                + "Service Centers (ХҚКО / ЦОН), decree No. 1393 of 2012: consents (Annex 1), "
                                + "originals and their scans, refusals (Annex 2), audit. Errors are RFC 9457 "
                                + "application/problem+json with a stable 'code' and a message in the "
                                + "Accept-Language language (kk, ru — the default — or en). Changes accept "
                                + "If-Match with the ETag of the request or page list (stale: 409 "
                                + "CONCURRENT_UPDATE; not such an ETag: 400 INVALID_IF_MATCH). Unknown JSON fields "
                                + "are refused (400 UNKNOWN_FIELD naming the field)."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
