package kz.certcopy.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF), independent of the writer. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (ch == '\n' || ch == '\r') {
                throw new IllegalArgumentException("bare line break at " + i);
            } else {
                field.append(ch);
            }
        }
        if (quoted || field.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("CSV does not end with CRLF");
        }
        return rows;
    }
}
