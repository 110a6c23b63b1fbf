package kz.certcopy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * The {@code If-Match} header, read the same way by every endpoint that honours it. Absent, blank or {@code *}: any
 * version will do. Otherwise one or more entity tags ({@code "3"}, {@code W/"3"}, or a bare {@code 3} as some
 * clients send) whose values have the form of the ETag of what is changed. A header that is not such a tag
 * ({@code zzz}, a request's version sent for a page list) is the client's mistake, {@code 400 INVALID_IF_MATCH};
 * only a well-formed tag that is no longer current means someone else changed it ({@code 409 CONCURRENT_UPDATE}).
 */
public final class IfMatch {

    /** A request's ETag: its version number. */
    private static final Pattern REQUEST_VERSION = Pattern.compile("\\d{1,18}");

    private IfMatch() {
    }

    /** The tags' values without quotes or {@code W/}; empty when any version will do. */
    public static List<String> tags(String header, Pattern form) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String tag : header.split(",", -1)) {
            String v = tag.strip();
            v = v.startsWith("W/") ? v.substring(2) : v;
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            if (!form.matcher(v).matches()) {
                throw new CertCopyException("INVALID_IF_MATCH", ErrorKind.INVALID_INPUT);
            }
            values.add(v);
        }
        return values;
    }

    /** The request version a change was made against; null when any will do. A request has one version at a time. */
    public static Long requestVersion(String header) {
        List<String> tags = tags(header, REQUEST_VERSION);
        if (tags.size() > 1) {
            throw new CertCopyException("INVALID_IF_MATCH", ErrorKind.INVALID_INPUT);
        }
        return tags.isEmpty() ? null : Long.parseLong(tags.get(0));
    }
}
