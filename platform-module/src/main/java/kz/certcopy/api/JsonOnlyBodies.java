package kz.certcopy.api;

import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON. Libraries on the class path bring converters for other formats (springdoc's
 * jackson-dataformat-yaml made Spring read {@code application/yaml} bodies): such a body passed none of the JSON
 * rules — not the size cap of {@code certcopy.max-json-bytes}, not {@link StrictJson}'s duplicate keys and types.
 * Those converters are removed, so a YAML, CBOR or Smile body is {@code 415 UNSUPPORTED_MEDIA_TYPE}.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyBodies implements WebMvcConfigurer {

    private static final Set<String> OTHER_DATA_FORMATS = Set.of("yaml", "x-yaml", "cbor", "x-jackson-smile");

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(list -> list.removeIf(JsonOnlyBodies::readsAnotherDataFormat));
    }

    private static boolean readsAnotherDataFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype)
                .anyMatch(OTHER_DATA_FORMATS::contains);
    }
}
