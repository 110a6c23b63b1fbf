package kz.certcopy.signing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import kz.certcopy.signing.ClerkSigner;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.external.ExternalSigning;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SigningAutoConfigurationTest {

    @Test
    void beansAreWiredFromProperties() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SigningAutoConfiguration.class))
                .withPropertyValues("certcopy.signing.trust-anchors=classpath:testdata/kz-pki/ca-test/root_test_gost_2022.cer",
                        "certcopy.signing.network-timeout=2s", "certcopy.signing.session-expiry=3m")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(SignatureVerifier.class).hasSingleBean(ExternalSigning.class)
                            .hasSingleBean(ClerkSigner.class);
                    SigningProperties p = ctx.getBean(SigningProperties.class);
                    assertThat(p.getNetworkTimeout().getSeconds()).isEqualTo(2);
                    assertThat(p.getSessionExpiry().toMinutes()).isEqualTo(3);
                    assertThat(p.isRevocationRequired()).isTrue();
                });
    }

    @Test
    void everyErrorCodeHasExactlyOneMessageInKazakhRussianAndEnglish() throws Exception {
        for (String lang : new String[] {"kk", "ru", "en"}) {
            Properties signing = bundle("signing", lang);
            // The general bundle is looked up first, so a code defined in both would never show the signing text.
            Properties general = bundle("messages", lang);
            for (String code : SigningErrors.ALL) {
                String key = "error." + code;
                assertThat(signing.containsKey(key) && general.containsKey(key)).as(lang + " " + code + " in both")
                        .isFalse();
                assertThat(signing.getProperty(key, general.getProperty(key))).as(lang + " " + code).isNotBlank();
            }
            if (lang.equals("kk")) {
                String all = String.join(" ", signing.stringPropertyNames().stream().map(signing::getProperty).toList());
                assertThat(all).containsPattern("[әғқңөұүһі]");
            }
        }
        assertThat(java.util.ResourceBundle.getBundle("i18n/signing", Locale.forLanguageTag("kk"))
                .getString("error.CERT_REVOKED")).contains("кері қайтарылған");
    }

    private Properties bundle(String name, String lang) throws java.io.IOException {
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/" + name + "_" + lang + ".properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
