package kz.certcopy.common;

/**
 * Checks for free-text fields typed by clerks: trimmed, bounded, free of control characters (PostgreSQL refuses NUL,
 * and the others have no place on a printed form), and a stable error code when required but blank.
 * Errors name the field ({@code INVALID_TEXT}, {@code TEXT_TOO_LONG}: first argument is the field's JSON name).
 *
 * <p>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are control characters too:
 * invisible, they make a name or number display in another order than it is stored (a right-to-left override turns
 * "ЖБ-123" on a form into "321-БЖ"), so what a clerk reads would not be what is certified. The plain direction marks
 * LRM, RLM and ALM (U+200E, U+200F, U+061C) are allowed: they reorder nothing beyond the neutral characters next to
 * them, and Kazakh in Arabic script (төте жазу) may need them among Latin digits.
 */
public final class Texts {

    private Texts() {
    }

    /** A required one-line field; {@code code} when blank, with the field's name as its argument. */
    public static String required(String value, String field, String code, int maxLength) {
        String v = optional(value, field, maxLength);
        if (v == null) {
            throw new CertCopyException(code, ErrorKind.INVALID_INPUT, field);
        }
        return v;
    }

    /** Null for blank input; {@code INVALID_TEXT} for a control character, {@code TEXT_TOO_LONG} past max. */
    public static String optional(String value, String field, int maxLength) {
        return checked(value, field, maxLength, false);
    }

    /** Like {@link #optional(String, String, int)} but tab and line breaks are allowed (e.g. refusal details). */
    public static String multiline(String value, String field, int maxLength) {
        return checked(value, field, maxLength, true);
    }

    /** Kept for callers that do not name their field. */
    public static String required(String value, String code, int maxLength) {
        return required(value, "text", code, maxLength);
    }

    /** Kept for callers that do not name their field. */
    public static String optional(String value, int maxLength) {
        return optional(value, "text", maxLength);
    }

    /** True if {@code value} holds no control character (line breaks and tabs included) as the checks define it. */
    public static boolean isPlainLine(String value) {
        return value != null && controlAt(value, false) < 0;
    }

    /** {@code INVALID_TEXT} if {@code value} (may be null) holds a control character; returns it unchanged. */
    public static String plain(String value, String field) {
        if (value != null && controlAt(value, false) >= 0) {
            throw new CertCopyException("INVALID_TEXT", ErrorKind.INVALID_INPUT, field);
        }
        return value;
    }

    private static String checked(String value, String field, int maxLength, boolean lines) {
        if (value == null) {
            return null;
        }
        if (controlAt(value, lines) >= 0) {
            throw new CertCopyException("INVALID_TEXT", ErrorKind.INVALID_INPUT, field);
        }
        if (value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new CertCopyException("TEXT_TOO_LONG", ErrorKind.INVALID_INPUT, maxLength, field);
        }
        return v;
    }

    /**
     * Index of the first C0/C1 control character, DEL, bidirectional embedding/override/isolate or lone surrogate
     * (tab, CR, LF allowed when lines).
     */
    private static int controlAt(String s, boolean lines) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineChar = c == '\t' || c == '\n' || c == '\r';
            if (lineChar && lines) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!pair) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }
}
