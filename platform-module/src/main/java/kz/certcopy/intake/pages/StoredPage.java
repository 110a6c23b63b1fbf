package kz.certcopy.intake.pages;

import java.util.UUID;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.storage.ContentRef;

/**
 * A page of an original as the clerk arranged it: its place (1-based position), the stored file and page it
 * comes from, the analysis made at upload, and the clerk's rotation.
 */
public record StoredPage(UUID id, OriginalRef original, int position, ContentRef content, MediaKind kind,
                         PageInfo info, Rotation rotation) {

    public AssemblyPage toAssembly() {
        return new AssemblyPage(content, kind, info, rotation);
    }
}
