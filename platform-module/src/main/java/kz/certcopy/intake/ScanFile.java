package kz.certcopy.intake;

import java.util.List;
import kz.certcopy.storage.ContentRef;

/** An accepted upload: where its bytes are stored, what it is, its pages and what the clerk should know. */
public record ScanFile(ContentRef content, MediaKind kind, List<PageInfo> pages, List<IntakeNotice> notices) {

    public ScanFile {
        pages = List.copyOf(pages);
        notices = List.copyOf(notices);
    }

    public int pageCount() {
        return pages.size();
    }
}
