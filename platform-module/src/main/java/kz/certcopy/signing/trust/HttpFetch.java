package kz.certcopy.signing.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/** Small HTTP GET/POST with hard connect and read timeouts and a size cap (CRL, OCSP, TSA). */
public final class HttpFetch {
    private HttpFetch() {
    }

    public static final int MAX_BYTES = 32 * 1024 * 1024;

    public static byte[] get(String url, Duration timeout) throws IOException {
        return exchange(url, null, null, timeout);
    }

    public static byte[] post(String url, String contentType, byte[] body, Duration timeout) throws IOException {
        return exchange(url, contentType, body, timeout);
    }

    private static byte[] exchange(String url, String contentType, byte[] body, Duration timeout) throws IOException {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IOException("unsupported URL scheme");
        }
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        int ms = (int) Math.max(1, timeout.toMillis());
        c.setConnectTimeout(ms);
        c.setReadTimeout(ms);
        c.setInstanceFollowRedirects(false);
        try {
            if (body != null) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            if (status != 200) {
                throw new IOException("HTTP status " + status);
            }
            try (InputStream in = c.getInputStream()) {
                byte[] data = in.readNBytes(MAX_BYTES + 1);
                if (data.length > MAX_BYTES) {
                    throw new IOException("response too large");
                }
                return data;
            }
        } finally {
            c.disconnect();
        }
    }
}
