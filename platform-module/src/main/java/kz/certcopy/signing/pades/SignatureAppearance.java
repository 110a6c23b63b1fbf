package kz.certcopy.signing.pades;

import java.io.Serializable;
import java.util.List;

/**
 * A visible signature box supplied by the caller: where (0-based page, PDF user-space rectangle from the lower left)
 * and which text lines to show (drawn with DejaVu Sans, so Kazakh letters render).
 */
public record SignatureAppearance(int page, float x, float y, float width, float height, List<String> lines)
        implements Serializable {

    public SignatureAppearance {
        lines = List.copyOf(lines);
        if (page < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad signature box");
        }
    }
}
