package kz.certcopy.api;

import java.util.List;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.web.multipart.MultipartFile;

/**
 * A multipart part that stands for one file (the consent scan, a document to verify, its signature). Spring would
 * bind the first of two same-named parts and drop the other unseen; a client that sent two learns it instead.
 */
final class SingleFile {

    private SingleFile() {
    }

    /** The one file of part {@code name}; null when the part is absent; {@code ONE_FILE_EXPECTED} for several. */
    static MultipartFile of(List<MultipartFile> parts, String name) {
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        if (parts.size() > 1) {
            throw new CertCopyException("ONE_FILE_EXPECTED", ErrorKind.INVALID_INPUT, name, parts.size());
        }
        return parts.get(0);
    }
}
