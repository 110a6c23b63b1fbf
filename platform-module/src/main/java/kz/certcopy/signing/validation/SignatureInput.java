package kz.certcopy.signing.validation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Recognises what a signature file is: PDF, or CMS as DER, PEM ("-----BEGIN CMS/PKCS7-----") or bare base64. */
final class SignatureInput {
    private SignatureInput() {
    }

    static boolean isPdf(byte[] data) {
        int limit = Math.min(data.length, 1024);
        String head = new String(data, 0, limit, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** DER bytes of a CMS given in any of the usual wrappings; null when it cannot be one. */
    static byte[] cmsDer(byte[] data) {
        if (data.length > 0 && data[0] == 0x30) {
            return data;
        }
        String text = new String(data, StandardCharsets.US_ASCII).trim();
        if (text.startsWith("-----BEGIN")) {
            int start = text.indexOf('\n');
            int end = text.lastIndexOf("-----END");
            if (start < 0 || end < start) {
                return null;
            }
            text = text.substring(start, end);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("\\s", ""));
            return der.length > 0 && der[0] == 0x30 ? der : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
