package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kz.certcopy.config.PlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The storage backend's error codes read in kk, ru and en through the application's MessageSource. */
class StorageMessagesTest {

    @Test
    void everyCodeHasItsOwnTextInEveryLanguage() throws Exception {
        // the application's own MessageSource bean method, so the i18n/storage basename is proven registered
        var factory = PlatformConfiguration.class.getDeclaredMethod("messageSource");
        factory.setAccessible(true);
        MessageSource ms = (MessageSource) factory.invoke(new PlatformConfiguration());
        for (String code : List.of("STORAGE_UNAVAILABLE", "STORAGE_MODEL_MISSING", "CONTENT_MISSING", "LEGAL_HOLD")) {
            String kk = ms.getMessage("error." + code, new Object[] {"D:cc:certifiedCopy"}, null,
                    Locale.forLanguageTag("kk"));
            String ru = ms.getMessage("error." + code, new Object[] {"D:cc:certifiedCopy"}, null,
                    Locale.forLanguageTag("ru"));
            String en = ms.getMessage("error." + code, new Object[] {"D:cc:certifiedCopy"}, null, Locale.ENGLISH);
            assertThat(List.of(kk, ru, en)).as(code).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(kk).as(code).containsPattern("[әғқңөұүһі]");
            assertThat(ru).as(code).containsPattern("[а-яё]");
        }
        assertThat(ms.getMessage("error.STORAGE_MODEL_MISSING", new Object[] {"D:cc:certifiedCopy"}, Locale.ENGLISH))
                .contains("D:cc:certifiedCopy");
    }
}
