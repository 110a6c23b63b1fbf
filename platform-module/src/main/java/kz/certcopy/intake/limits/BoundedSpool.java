package kz.certcopy.intake.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.certcopy.intake.IntakeError;

/**
 * Streams an upload to a private temporary file, refusing it as soon as it passes the byte limits: nothing
 * is held in memory and nothing is stored before the file has been analysed.
 */
public final class BoundedSpool {

    private BoundedSpool() {
    }

    /**
     * @param fileLimit     bytes allowed for this file
     * @param requestRemaining bytes still allowed in the request
     * @return the temporary file; the caller deletes it
     */
    public static Path spool(InputStream in, long fileLimit, long requestRemaining) throws IOException {
        Path tmp = Files.createTempFile("certcopy-intake-", ".bin");
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > fileLimit) {
                    throw IntakeError.FILE_TOO_LARGE.exception(fileLimit);
                }
                if (total > requestRemaining) {
                    throw IntakeError.REQUEST_TOO_LARGE.exception(Math.max(0, requestRemaining));
                }
                out.write(buf, 0, n);
            }
            if (total == 0) {
                throw IntakeError.EMPTY_FILE.exception();
            }
            ok = true;
            return tmp;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
