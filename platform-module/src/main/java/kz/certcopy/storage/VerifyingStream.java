package kz.certcopy.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * Hashes while reading and fails with {@code CONTENT_CORRUPT} at end of stream if the bytes are not the ones
 * addressed by {@code ref}. Every content backend wraps its reads in it (file store, CMIS).
 */
public final class VerifyingStream extends FilterInputStream {
    private final ContentRef ref;
    private final MessageDigest digest = newSha256();
    private long count;
    private boolean checked;

    public VerifyingStream(InputStream in, ContentRef ref) {
        super(in);
        this.ref = ref;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            check();
        } else {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            check();
        } else {
            digest.update(b, off, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would bypass the hash; read through instead
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    private void check() {
        if (checked) {
            return;
        }
        checked = true;
        String actual = HexFormat.of().formatHex(digest.digest());
        if (count != ref.size() || !actual.equals(ref.sha256())) {
            throw new CertCopyException("CONTENT_CORRUPT", ErrorKind.UNAVAILABLE);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
