package kz.certcopy.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every place that throws an error with a literal code passes at least as many arguments as the code's message uses
 * in every language, so no user ever reads "({0})". The throw sites are found in the main sources: {@code new
 * CertCopyException("CODE", kind, [cause,] args…)}, {@code IntakeError.CODE.exception([cause,] args…)} and
 * {@code SigningErrors.error(SigningErrors.CODE, kind, [cause,] args…)}; an argument is taken for the cause when it
 * is a caught exception (a {@code catch} parameter of the same file) or a variable named {@code cause}.
 */
class MessageArgumentsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern SITE = Pattern.compile(
            "new CertCopyException\\(\"([A-Z_0-9]+)\"|IntakeError\\.([A-Z_0-9]+)\\.exception\\("
                    + "|SigningErrors\\.error\\(SigningErrors\\.([A-Z_0-9]+)");
    private static final Pattern CATCH = Pattern.compile("catch \\(([\\w.| ]+?) (\\w+)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final String[] BUNDLES = {"messages", "intake", "signing", "forms", "certification", "retention",
        "storage"};
    private static final String[] LANGUAGES = {"kk", "ru", "en"};

    record Site(String file, String code, int args) {
    }

    @Test
    void everyThrownCodeGetsTheArgumentsItsMessagesUse() throws IOException {
        List<Site> sites = sites();
        assertThat(sites).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties messages = messages(lang);
            for (Site s : sites) {
                String text = messages.getProperty("error." + s.code());
                if (text == null) {
                    continue; // completeness is MessagesTest's business
                }
                int needed = placeholders(text);
                if (needed > s.args()) {
                    wrong.add(s.file() + ": " + s.code() + " thrown with " + s.args() + " argument(s), " + lang
                            + " message uses " + needed);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckSeesAMissingArgument() {
        // the damaged-file message needs the file type: thrown with a cause only, it must be reported
        Site site = parse("F.java", "try { } catch (IOException broken) { "
                + "throw IntakeError.CORRUPT_FILE.exception(broken); }").get(0);
        assertThat(site.args()).isZero();
        assertThat(placeholders("The file is damaged or incomplete ({0})")).isEqualTo(1);
    }

    private static List<Site> sites() throws IOException {
        List<Site> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.addAll(parse(MAIN.relativize(f).toString(), Files.readString(f)));
            }
        }
        return all;
    }

    static List<Site> parse(String file, String source) {
        Set<String> causes = new HashSet<>(Set.of("cause"));
        Matcher c = CATCH.matcher(source);
        while (c.find()) {
            causes.add(c.group(2));
        }
        List<Site> found = new ArrayList<>();
        Matcher m = SITE.matcher(source);
        while (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int open = m.group(2) != null ? m.end() - 1 : source.indexOf('(', m.start());
            List<String> args = arguments(source, open);
            // constructor and SigningErrors.error: code, kind first; IntakeError.exception: arguments only
            List<String> rest = m.group(2) != null ? args : args.subList(Math.min(2, args.size()), args.size());
            int count = rest.size();
            if (count > 0 && causes.contains(rest.get(0).strip())) {
                count--;
            }
            found.add(new Site(file, code, count));
        }
        return found;
    }

    /** Top-level comma-separated arguments of the call whose '(' is at {@code open}. */
    private static List<String> arguments(String s, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = open + 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                cur.append(ch);
                if (ch == '\\') {
                    cur.append(s.charAt(++i));
                } else if (ch == '"') {
                    quoted = false;
                }
                continue;
            }
            if (ch == '"') {
                quoted = true;
            } else if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == ']') {
                if (depth == 0) {
                    if (!cur.toString().isBlank()) {
                        args.add(cur.toString());
                    }
                    return args;
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                args.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        throw new IllegalStateException("unbalanced call");
    }

    private static int placeholders(String text) {
        int max = 0;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)) + 1);
        }
        return max;
    }

    private static Properties messages(String lang) throws IOException {
        Properties all = new Properties();
        for (String b : BUNDLES) {
            try (InputStream in = MessageArgumentsTest.class.getResourceAsStream("/i18n/" + b + "_" + lang
                    + ".properties")) {
                if (in != null) {
                    all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return all;
    }
}
