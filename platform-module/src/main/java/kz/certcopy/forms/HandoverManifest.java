package kz.certcopy.forms;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The package's table of contents: each file's name, size and SHA-256, the copy id and when it was made. */
public record HandoverManifest(String copyId, Instant createdAt, List<Entry> files) {

    public record Entry(String name, long size, String sha256) {
    }

    public HandoverManifest {
        files = List.copyOf(files);
    }

    /** The manifest as the package stores it ({@code manifest.json}, UTF-8). */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\": \"certcopy-handover/1\",\n");
        json.append("  \"copyId\": ").append(quote(copyId)).append(",\n");
        json.append("  \"createdAt\": ").append(quote(createdAt.toString())).append(",\n");
        json.append("  \"files\": [\n");
        for (int i = 0; i < files.size(); i++) {
            Entry entry = files.get(i);
            json.append("    {\"name\": ").append(quote(entry.name()))
                    .append(", \"size\": ").append(entry.size())
                    .append(", \"sha256\": ").append(quote(entry.sha256())).append('}')
                    .append(i + 1 < files.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
