package kz.certcopy.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads one language file of the intake bundle exactly (no locale fallback that could hide a missing key). */
final class Messages {

    private Messages() {
    }

    static Properties of(String lang) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/intake_" + lang + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("missing i18n/intake_" + lang + ".properties");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
