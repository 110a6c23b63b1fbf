package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every code, notice and hint the engine can produce has a message in Kazakh, Russian and English. */
class IntakeMessagesTest {

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (IntakeError e : IntakeError.values()) {
            keys.add("error." + e.name());
        }
        for (IntakeNotice n : IntakeNotice.values()) {
            keys.add("notice." + n.name());
        }
        for (QualityHint h : QualityHint.values()) {
            keys.add("hint." + h.name());
        }
        return keys;
    }

    @Test
    void allKeysInAllThreeLanguagesAndFormattable() {
        Properties kk = Messages.of("kk");
        Properties ru = Messages.of("ru");
        Properties en = Messages.of("en");
        for (String key : keys()) {
            for (Properties lang : List.of(kk, ru, en)) {
                String text = lang.getProperty(key);
                assertTrue(text != null && !text.isBlank(), key);
                new MessageFormat(text).format(new Object[] {"1", "2", "3"}); // a broken pattern throws
            }
            assertNotEquals(kk.getProperty(key), ru.getProperty(key), key);
            assertNotEquals(ru.getProperty(key), en.getProperty(key), key);
        }
        assertEquals(keys().size(), kk.size(), "kk has keys the engine never uses");
        assertEquals(kk.keySet(), ru.keySet());
        assertEquals(kk.keySet(), en.keySet());
    }

    @Test
    void kazakhTextsUseKazakhLetters() {
        Properties kk = Messages.of("kk");
        long withKazakhLetters = kk.values().stream().map(String::valueOf)
                .filter(t -> t.chars().anyMatch(c -> "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0)).count();
        assertTrue(withKazakhLetters >= kk.size() - 2, withKazakhLetters + " of " + kk.size());
    }
}
