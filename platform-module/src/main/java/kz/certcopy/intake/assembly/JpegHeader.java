package kz.certcopy.intake.assembly;

/**
 * The frame header (SOFn) of a JPEG: enough to embed the data as DCTDecode without any decoder, which is
 * both faster and the guarantee that the bytes go into the copy unchanged.
 */
record JpegHeader(int marker, int width, int height, int precision, int components) {

    /** Baseline, extended and progressive Huffman JPEG: what every PDF reader's DCTDecode handles. */
    boolean plainDct() {
        return (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) && precision == 8;
    }

    /** @return the header, or null when the data has no readable frame header before the scan */
    static JpegHeader parse(byte[] d) {
        if (d.length < 4 || (d[0] & 0xff) != 0xFF || (d[1] & 0xff) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 3 < d.length) {
            if ((d[i] & 0xff) != 0xFF) {
                return null;
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // stand-alone markers
                i += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // scan or end before any frame header
                return null;
            }
            int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 >= d.length) {
                    return null;
                }
                int precision = d[i + 4] & 0xff;
                int height = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
                int width = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
                int components = d[i + 9] & 0xff;
                return width > 0 && height > 0 ? new JpegHeader(marker, width, height, precision, components) : null;
            }
            i += 2 + length;
        }
        return null;
    }
}
