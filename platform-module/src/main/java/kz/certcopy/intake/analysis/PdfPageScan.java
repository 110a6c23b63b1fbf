package kz.certcopy.intake.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Looks at one PDF page without rendering it: decoded size of every content stream (decompression bombs),
 * declared size of every image (pixel bombs), nesting of forms, and whatever would break PDF/A-2b if the page
 * were carried over as is (unembedded fonts, LZW, device CMYK, transfer functions, PostScript, optional
 * content). Such pages are marked to be rendered to an image in the copy.
 */
final class PdfPageScan {

    private final IntakeLimits limits;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int largestImageWidth;
    int largestImageHeight;
    boolean notPdfaSafe;
    private boolean unembeddedPageFonts;
    private boolean visibleText;
    /** Codec of an image PDFBox cannot decode here (JPEG 2000; JBIG2 without its plugin), or null. */
    String undecodableImages;

    PdfPageScan(IntakeLimits limits) {
        this.limits = limits;
    }

    void scan(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream s) {
            checkStream(s);
        } else if (contents instanceof org.apache.pdfbox.cos.COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.getObject(i) instanceof COSStream s) {
                    checkStream(s);
                }
            }
        }
        resources(page.getResources(), 0);
        if (!notPdfaSafe) {
            operators(page);
        }
        // PDF/A-2 exempts fonts used only for invisible text (render mode 3): the OCR layer scanners add
        notPdfaSafe |= unembeddedPageFonts && visibleText;
    }

    private void resources(PDResources res, int depth) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) {
            return;
        }
        if (depth > limits.maxPdfNesting()) {
            throw IntakeError.PDF_TOO_COMPLEX.exception(limits.maxPdfNesting());
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img) {
                image(img);
            } else if (x instanceof PDFormXObject form) {
                if (form.getCOSObject().containsKey(COSName.OC) || form.getCOSObject().containsKey(COSName.getPDFName("Ref"))) {
                    notPdfaSafe = true;
                }
                if (seen.contains(form.getCOSObject())) {
                    continue;
                }
                checkStream(form.getCOSObject());
                resources(form.getResources(), depth + 1);
            } else if (x != null) {
                notPdfaSafe = true; // PostScript XObject
            }
        }
        for (COSName name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            if (font == null || (!font.isEmbedded() && !(font instanceof org.apache.pdfbox.pdmodel.font.PDType3Font))) {
                if (depth == 0) {
                    unembeddedPageFonts = true; // acceptable if the page shows text only invisibly
                } else {
                    notPdfaSafe = true;
                }
            }
        }
        for (COSName name : res.getExtGStateNames()) {
            PDExtendedGraphicsState gs = res.getExtGState(name);
            if (gs != null && (gs.getCOSObject().containsKey(COSName.TR)
                    || gs.getCOSObject().containsKey(COSName.getPDFName("TR2")))) {
                notPdfaSafe = true;
            }
        }
        for (COSName name : res.getColorSpaceNames()) {
            COSBase cs = res.getCOSObject().getCOSDictionary(COSName.COLORSPACE).getDictionaryObject(name);
            if (String.valueOf(cs).contains("DeviceCMYK") || String.valueOf(cs).contains("DeviceN")) {
                notPdfaSafe = true;
            }
        }
    }

    private void image(PDImageXObject img) throws IOException {
        COSDictionary dict = img.getCOSObject();
        long w = dict.getInt(COSName.WIDTH, -1);
        long h = dict.getInt(COSName.HEIGHT, -1);
        if (w <= 0 || h <= 0) {
            notPdfaSafe = true;
            return;
        }
        if (w * h > limits.maxPixelsPerPage()) {
            throw IntakeError.IMAGE_TOO_LARGE.exception(w, h, limits.maxPixelsPerPage());
        }
        if (w * h > (long) largestImageWidth * largestImageHeight) {
            largestImageWidth = (int) w;
            largestImageHeight = (int) h;
        }
        String filters = String.valueOf(dict.getDictionaryObject(COSName.FILTER));
        if (filters.contains("LZW") || filters.contains("Crypt")) {
            notPdfaSafe = true;
        }
        String codec = PdfImageCodecs.undecodable(filters);
        if (codec != null) {
            undecodableImages = codec;
        }
        String cs = String.valueOf(dict.getDictionaryObject(COSName.COLORSPACE));
        if (cs.contains("DeviceCMYK") || cs.contains("DeviceN") || dict.containsKey(COSName.getPDFName("Alternates"))
                || dict.containsKey(COSName.getPDFName("OPI")) || dict.containsKey(COSName.OC)) {
            notPdfaSafe = true;
        }
    }

    /** Reads the decoded stream up to the limit: a small file that inflates to gigabytes is refused here. */
    private void checkStream(COSStream stream) throws IOException {
        if (!seen.add(stream)) {
            return;
        }
        String filters = String.valueOf(stream.getDictionaryObject(COSName.FILTER));
        if (filters.contains("LZW")) {
            notPdfaSafe = true;
        }
        if (filters.contains("JBIG2") || filters.contains("DCT") || filters.contains("JPX") || filters.contains("CCITT")) {
            // image codecs never hold page content; a known way to smuggle a bomb past stream checks
            throw IntakeError.CORRUPT_FILE.exception("application/pdf");
        }
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = stream.createInputStream()) {
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > limits.maxDecodedStreamBytes()) {
                    throw IntakeError.DECOMPRESSION_BOMB.exception(limits.maxDecodedStreamBytes());
                }
            }
        }
    }

    /**
     * Device CMYK colour and inline images in the page content (not carried over), and whether any text is
     * shown in a visible rendering mode (tracked through q/Q, since Tr is part of the graphics state).
     */
    private void operators(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        java.util.ArrayDeque<Integer> saved = new java.util.ArrayDeque<>();
        int renderMode = 0;
        Object previous = null;
        Object token;
        while ((token = parser.parseNextToken()) != null) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "k", "K", "BI", "d0" -> {
                        notPdfaSafe = true;
                        return;
                    }
                    case "q" -> saved.push(renderMode);
                    case "Q" -> renderMode = saved.isEmpty() ? 0 : saved.pop();
                    case "Tr" -> renderMode = previous instanceof org.apache.pdfbox.cos.COSNumber n ? n.intValue() : 0;
                    case "Tj", "TJ", "'", "\"" -> visibleText |= renderMode != 3;
                    default -> {
                    }
                }
            }
            previous = token;
        }
    }
}
