package kz.certcopy.forms;

import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code drawn as vector squares (sharp at any print resolution), with its quiet zone kept clear. */
final class QrCode {

    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    /** Draws {@code text} as a QR code of {@code size} points (quiet zone included) with its top-left at x, top. */
    static void draw(PdfComposer pdf, String text, float x, float top, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IOException("QR code cannot hold the verification URL", e);
        }
        int modules = matrix.getWidth();
        float module = size / modules;
        var content = pdf.content();
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per run of dark modules: no hairline seams between neighbours
                content.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }
}
