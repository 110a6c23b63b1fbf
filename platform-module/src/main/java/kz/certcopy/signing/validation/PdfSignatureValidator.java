package kz.certcopy.signing.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Validates the signatures of a PDF: the ByteRange must be well formed and cover the whole revision except the
 * /Contents string, the signature of the last revision must reach the end of the file (anything appended later
 * is a change after signing), and the CMS is validated over the covered bytes.
 */
final class PdfSignatureValidator {

    private final CmsSignatureValidator cms;

    PdfSignatureValidator(CmsSignatureValidator cms) {
        this.cms = cms;
    }

    VerificationReport validate(byte[] pdf) {
        List<SignatureReport> reports = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<PDSignature> signatures;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            signatures = doc.getSignatureDictionaries();
            long coveredToEof = 0;
            int index = 0;
            for (PDSignature sig : signatures) {
                int[] range = sig.getByteRange();
                byte[] contents = sig.getContents();
                String subFilter = sig.getSubFilter();
                int current = index++;
                if (!wellFormed(range, pdf, contents)) {
                    reports.add(failed(current, SubIndication.FORMAT_FAILURE, "ByteRange malformed or not covering the revision"));
                    continue;
                }
                long end = (long) range[2] + range[3];
                coveredToEof = Math.max(coveredToEof, end);
                if ("ETSI.RFC3161".equals(subFilter)) {
                    notes.add("document time-stamp present (not evaluated as a signature)");
                    index--;
                    continue;
                }
                if (!"ETSI.CAdES.detached".equals(subFilter) && !"adbe.pkcs7.detached".equals(subFilter)) {
                    reports.add(failed(current, SubIndication.FORMAT_FAILURE, "unsupported SubFilter " + subFilter));
                    continue;
                }
                byte[] signed = sig.getSignedContent(pdf);
                CMSSignedData data;
                try {
                    data = new CMSSignedData(new CMSProcessableByteArray(signed), withoutPadding(contents));
                } catch (Exception e) {
                    reports.add(failed(current, SubIndication.FORMAT_FAILURE, "signature CMS unreadable"));
                    continue;
                }
                if (data.getSignedContent() != null && !data.isDetachedSignature()) {
                    reports.add(failed(current, SubIndication.FORMAT_FAILURE, "CMS in a PDF signature must be detached"));
                    continue;
                }
                java.time.Instant claimed = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
                for (SignatureReport r : cms.validate(data, true)) {
                    reports.add(renumber(r, current, claimed));
                }
            }
            if (!signatures.isEmpty() && coveredToEof < pdf.length) {
                notes.add("the document was changed after the last signature");
                List<SignatureReport> failedAll = new ArrayList<>();
                for (SignatureReport r : reports) {
                    failedAll.add(withFailure(r, "document changed after signing"));
                }
                reports = failedAll;
            }
        } catch (IOException e) {
            throw SigningErrors.error(SigningErrors.PDF_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
        if (signatures.isEmpty()) {
            notes.add("the PDF carries no signature");
        }
        return VerificationReport.of("PDF", reports, notes);
    }

    private static boolean wellFormed(int[] r, byte[] pdf, byte[] contents) {
        if (r == null || r.length != 4 || r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0) {
            return false;
        }
        long end = (long) r[2] + r[3];
        if (end > pdf.length) {
            return false;
        }
        // the gap is exactly the hex string <...> holding the CMS
        int gap = r[2] - r[1];
        return pdf[r[1]] == '<' && pdf[r[2] - 1] == '>' && gap == contents.length * 2 + 2;
    }

    /** The CMS without the zero padding PDF writers leave in /Contents (definite-length DER/BER header). */
    static byte[] withoutPadding(byte[] contents) {
        if (contents.length < 2 || contents[0] != 0x30 || contents[1] == (byte) 0x80) {
            return contents;
        }
        int lenByte = contents[1] & 0xff;
        long length;
        int header;
        if (lenByte < 0x80) {
            length = lenByte;
            header = 2;
        } else {
            int n = lenByte & 0x7f;
            if (n > 4 || contents.length < 2 + n) {
                return contents;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (contents[2 + i] & 0xff);
            }
            header = 2 + n;
        }
        long total = header + length;
        return total < contents.length ? java.util.Arrays.copyOf(contents, (int) total) : contents;
    }

    private static SignatureReport failed(int index, SubIndication sub, String note) {
        return new SignatureReport(index, Indication.TOTAL_FAILED, sub, null, null, null, null, null, false, false,
                "not checked", "not checked", null, List.of(note));
    }

    /** Position in the PDF, and the /M time as the claimed signing time when the CMS carries none (PAdES). */
    private static SignatureReport renumber(SignatureReport r, int index, java.time.Instant pdfTime) {
        return new SignatureReport(index, r.indication(), r.subIndication(), r.signer(), r.signatureAlgorithm(),
                r.digestAlgorithm(), r.claimedSigningTime() != null ? r.claimedSigningTime() : pdfTime, r.timestampTime(), r.timestampTrusted(),
                r.integrityValid(), r.chainStatus(), r.revocationStatus(), r.validationTime(), r.notes());
    }

    private static SignatureReport withFailure(SignatureReport r, String note) {
        List<String> notes = new ArrayList<>(r.notes());
        notes.add(note);
        return new SignatureReport(r.index(), Indication.TOTAL_FAILED, SubIndication.HASH_FAILURE, r.signer(),
                r.signatureAlgorithm(), r.digestAlgorithm(), r.claimedSigningTime(), r.timestampTime(),
                r.timestampTrusted(), r.integrityValid(), r.chainStatus(), r.revocationStatus(), r.validationTime(),
                notes);
    }
}
