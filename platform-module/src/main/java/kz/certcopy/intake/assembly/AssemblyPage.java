package kz.certcopy.intake.assembly;

import java.util.Objects;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.storage.ContentRef;

/** One page of the copy, in the clerk's order: which stored file, which page of it, how it was analysed, turned. */
public record AssemblyPage(ContentRef content, MediaKind kind, PageInfo info, Rotation rotation) {

    public AssemblyPage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(rotation, "rotation");
    }
}
