package kz.certcopy.intake.hints;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.intake.QualityHint;

/**
 * Quality hints for the clerk, computed on a small (subsampled) gray version of the page so memory stays low.
 * Thresholds are deliberately loose: a hint the clerk ignores costs little, a missed dark scan costs a visit.
 */
public final class QualityInspector {

    /** Below this effective resolution text of small print becomes hard to read. */
    public static final float MIN_DPI = 200f;
    /** A5 is 148 x 210 mm; "much smaller" is under half of its area. */
    private static final double A5_AREA_PT = (148 / 25.4 * 72) * (210 / 25.4 * 72);
    /** Longest side of the image the luminance statistics are computed on. */
    public static final int SAMPLE_SIDE = 400;

    private QualityInspector() {
    }

    /** Subsampling step that brings a page of this size down to about {@link #SAMPLE_SIDE} pixels. */
    public static int step(int width, int height) {
        return Math.max(1, Math.max(width, height) / SAMPLE_SIDE);
    }

    public static List<QualityHint> geometry(float dpi, boolean dpiAssumed, float widthPt, float heightPt) {
        List<QualityHint> hints = new ArrayList<>();
        if (dpiAssumed) {
            hints.add(QualityHint.RESOLUTION_ASSUMED);
        } else if (dpi > 0 && dpi < MIN_DPI) {
            hints.add(QualityHint.LOW_RESOLUTION);
        }
        if ((double) widthPt * heightPt < A5_AREA_PT / 2) {
            hints.add(QualityHint.SMALL_PAGE);
        }
        return hints;
    }

    /** Blank, dark or washed-out, from the luminance histogram of a small image. */
    public static List<QualityHint> luminance(BufferedImage sample) {
        BufferedImage gray = toGray(sample);
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] hist = new int[256];
        long sum = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) {
                hist[v]++;
                sum += v;
            }
        }
        long n = (long) w * h;
        if (n == 0) {
            return List.of();
        }
        double mean = (double) sum / n;
        int p2 = percentile(hist, n, 0.02);
        int p50 = percentile(hist, n, 0.50);
        int p98 = percentile(hist, n, 0.98);
        long ink = 0;
        for (int v = 0; v < 256; v++) {
            if (Math.abs(v - p50) > 24) {
                ink += hist[v];
            }
        }
        List<QualityHint> hints = new ArrayList<>();
        if (mean < 70) {
            hints.add(QualityHint.TOO_DARK);
        } else if (ink < n * 0.003) {
            hints.add(QualityHint.BLANK_PAGE);
        } else if (p2 > 150 && p98 - p2 < 70) {
            hints.add(QualityHint.WASHED_OUT);
        }
        return hints;
    }

    private static int percentile(int[] hist, long n, double q) {
        long target = (long) Math.ceil(n * q);
        long acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc >= target) {
                return v;
            }
        }
        return 255;
    }

    private static BufferedImage toGray(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return img;
        }
        BufferedImage gray = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
