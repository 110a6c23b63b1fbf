package kz.certcopy.intake.assembly;

import java.io.IOException;
import java.io.InputStream;
import kz.certcopy.storage.ContentRef;

/** Where the assembler reads stored scans from; {@code ContentStore::open} fits. */
@FunctionalInterface
public interface ContentSource {
    InputStream open(ContentRef ref) throws IOException;
}
