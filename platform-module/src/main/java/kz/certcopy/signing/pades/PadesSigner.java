package kz.certcopy.signing.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * PAdES signatures through PDFBox external signing (SubFilter ETSI.CAdES.detached), always as an incremental update
 * so earlier bytes stay untouched. Signing is split into {@link #prepare} (placeholder and ByteRange) and
 * {@link #embed} (CMS into /Contents), which the two-step NCALayer flow uses across requests.
 */
public final class PadesSigner {

    /** Adds an empty signature (invisible or with the caller's appearance) as an incremental update. */
    public PreparedPdf prepare(byte[] pdf, PadesOptions options, Instant signingTime) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.UNPROCESSABLE, "encrypted");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(when);
            if (options.reason() != null) {
                signature.setReason(options.reason());
            }
            if (options.location() != null) {
                signature.setLocation(options.location());
            }
            if (options.contactInfo() != null) {
                signature.setContactInfo(options.contactInfo());
            }
            try (SignatureOptions so = new SignatureOptions()) {
                so.setPreferredSignatureSize(options.reservedBytes());
                SignatureAppearance a = options.appearance();
                if (a != null) {
                    if (a.page() >= doc.getNumberOfPages()) {
                        throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.INVALID_INPUT, "page");
                    }
                    so.setVisualSignature(AppearanceTemplate.build(doc.getPage(a.page()).getMediaBox(), a));
                    so.setPage(a.page());
                }
                doc.addSignature(signature, so);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + options.reservedBytes() * 2 + 8192);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                byte[] content = external.getContent().readAllBytes();
                external.setSignature(new byte[0]);
                return new PreparedPdf(out.toByteArray(), content);
            }
        } catch (CertCopyException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    /**
     * Signs a PDF in one go: prepare, let {@code cms} turn the covered bytes into a CMS, embed. The placeholder is
     * then re-sized to the CMS length so /Contents carries no zero padding: strict DER readers (BouncyCastle 1.83+,
     * hence validators built on it) refuse trailing bytes after the CMS. If the length keeps changing (a TSA token
     * of varying size) the last, padded result is kept.
     */
    public byte[] sign(byte[] pdf, PadesOptions options, Instant signingTime, UnaryOperator<byte[]> cms) {
        PreparedPdf prepared = prepare(pdf, options, signingTime);
        byte[] value = cms.apply(prepared.signedContent());
        for (int attempt = 0; attempt < 4 && value.length != reserved(prepared); attempt++) {
            PadesOptions exact = new PadesOptions(options.reason(), options.location(), options.contactInfo(),
                    options.appearance(), value.length);
            PreparedPdf again = prepare(pdf, exact, signingTime);
            byte[] next = cms.apply(again.signedContent());
            if (next.length > value.length) {
                break;
            }
            prepared = again;
            value = next;
        }
        return embed(prepared.pdf(), value);
    }

    /** Bytes reserved for the CMS in a prepared PDF. */
    static int reserved(PreparedPdf prepared) {
        int[] r = byteRange(prepared.pdf());
        return (r[2] - r[1] - 2) / 2;
    }

    /** Writes the CMS (hex) into the /Contents placeholder of a prepared PDF; every other byte stays as it was. */
    public static byte[] embed(byte[] preparedPdf, byte[] cms) {
        int[] range = byteRange(preparedPdf);
        int room = range[2] - range[1] - 2;
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        if (hex.length > room) {
            throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.TOO_LARGE, "signature space");
        }
        byte[] out = preparedPdf.clone();
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (out[i] != '0') {
                throw SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.CONFLICT);
            }
        }
        System.arraycopy(hex, 0, out, range[1] + 1, hex.length);
        return out;
    }

    /** The bytes the last signature's ByteRange covers. */
    public static byte[] signedContent(byte[] preparedPdf) {
        int[] r = byteRange(preparedPdf);
        byte[] content = new byte[r[1] + r[3]];
        System.arraycopy(preparedPdf, 0, content, 0, r[1]);
        System.arraycopy(preparedPdf, r[2], content, r[1], r[3]);
        return content;
    }

    private static int[] byteRange(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature last = doc.getLastSignatureDictionary();
            int[] r = last == null ? null : last.getByteRange();
            if (r == null || r.length != 4 || r[0] != 0 || (long) r[2] + r[3] != pdf.length
                    || pdf[r[1]] != '<' || pdf[r[2] - 1] != '>') {
                throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.INVALID_INPUT, "ByteRange");
            }
            return r;
        } catch (IOException e) {
            throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }
}
