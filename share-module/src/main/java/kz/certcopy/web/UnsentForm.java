package kz.certcopy.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form that arrived after its session had ended: where it was going ({@code action}, the POST path), the page to
 * come back to ({@code page}), and the text fields as typed (never files, passwords or the CSRF token). Empty
 * {@code fields} keep only the clerk's place; a null {@code action} (the language switch) leaves nothing to repeat. {@code owner} is the signing-in check: the tag of the user who typed it.
 */
public record UnsentForm(String action, String page, Map<String, List<String>> fields, String owner,
                         Instant keptAt) {

    public UnsentForm {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Whether the clerk is told that something they sent was not carried out. */
    public boolean notice() {
        return action != null;
    }

    public boolean hasFields() {
        return !fields.isEmpty();
    }

    /** The fields as JSON for the page's script ({@code {"name": ["value", ...]}}). */
    public String json() {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((name, values) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            quote(s, name).append(":[");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                quote(s, values.get(i));
            }
            s.append(']');
        });
        return s.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder s, String text) {
        s.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"');
    }

    @Override
    public String toString() { // never the typed values: they may hold an applicant's IIN and name
        return "UnsentForm[" + action + " -> " + page + ", " + fields.size() + " fields]";
    }
}
