package kz.certcopy.common;

/**
 * An error about one file of several sent together: the original error, plus which file it was — its name as the
 * client sent it (cleaned of control characters and paths), its 1-based position in the upload and how many files
 * the upload had (alone, its position says nothing: the browser sends each of the clerk's files on its own).
 */
public final class FileError extends CertCopyException {

    private static final int MAX_NAME = 120;

    private final String fileName;
    private final int position;
    private final int files;

    public FileError(CertCopyException error, String fileName, int position, int files) {
        super(error.code(), error.kind(), error, error.args());
        this.fileName = clean(fileName);
        this.position = position;
        this.files = files;
    }

    /** The only file of its upload. */
    public boolean alone() {
        return files == 1;
    }

    /** The file's name as sent, or null when the client sent none. */
    public String fileName() {
        return fileName;
    }

    public int position() {
        return position;
    }

    /** The name or, without one, {@code #position}: what the message calls the file. */
    public String label() {
        return fileName != null ? fileName : "#" + position;
    }

    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String v = base.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > MAX_NAME ? v.substring(0, MAX_NAME) + "…" : v;
    }
}
