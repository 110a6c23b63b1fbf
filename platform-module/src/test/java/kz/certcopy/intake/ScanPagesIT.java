package kz.certcopy.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import kz.certcopy.IntegrationTest;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.intake.pages.StoredPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine wired by Spring on real PostgreSQL and the real file content store: pages of an original are
 * added, reordered, turned and deleted, and the assembled preview is still PDF/A-2b.
 */
class ScanPagesIT extends IntegrationTest {

    @Autowired
    ScanIntake intake;
    @Autowired
    ScanPages pages;
    @Autowired
    CopyAssembler assembler;
    @Autowired
    IntakeLimits limits;
    @TempDir
    Path work;

    private ScanFile upload(String file, UUID request) throws Exception {
        try (InputStream in = Corpus.open(file)) {
            return intake.accept(in, limits, new IntakeQuota(pages.requestBytes(request), 0));
        }
    }

    @Test
    void pagesOfAnOriginalAreArrangedAndAssembled() throws Exception {
        UUID request = UUID.fromString(registerFor("950228400787"));
        OriginalRef original = new OriginalRef(request, 1);
        ScanFile tiff = upload("scanned/pdfbox__ccittg4multi.tif", request);
        ScanFile jpeg = upload("scanned/pdfbox__stamp.jpg", request);
        pages.add(original, tiff);
        pages.add(original, jpeg);
        List<StoredPage> listed = pages.list(original);
        assertThat(listed).extracting(StoredPage::position).containsExactly(1, 2, 3, 4);
        assertThat(listed.get(3).kind()).isEqualTo(MediaKind.JPEG);
        assertThat(pages.requestBytes(request)).isEqualTo(tiff.content().size() + jpeg.content().size());

        List<UUID> reversed = new ArrayList<>(listed.stream().map(StoredPage::id).toList());
        Collections.reverse(reversed);
        assertThat(pages.reorder(original, reversed)).extracting(StoredPage::id).containsExactlyElementsOf(reversed);
        assertThat(pages.rotate(original, reversed.get(0), Rotation.R90).rotation()).isEqualTo(Rotation.R90);
        pages.delete(original, reversed.get(1));
        List<StoredPage> after = pages.list(original);
        assertThat(after).extracting(StoredPage::position).containsExactly(1, 2, 3);
        assertThat(after).extracting(StoredPage::id).containsExactly(reversed.get(0), reversed.get(2), reversed.get(3));
        assertThat(pages.list(new OriginalRef(request, 2))).isEmpty();

        Path preview = work.resolve("preview.pdf");
        try (OutputStream out = Files.newOutputStream(preview)) {
            assembler.assemble(after.stream().map(StoredPage::toAssembly).toList(),
                    new CopyMetadata("Аттестат", "", "PREVIEW"), null, out);
        }
        assertThat(PdfaValidation.failures(preview)).isEmpty();
        assertThat(Tools.run("qpdf", "--show-npages", preview.toString()).out().trim()).isEqualTo("3");
    }

    @Test
    void aReorderMustNameEveryPageOnce() throws Exception {
        UUID request = UUID.fromString(registerFor("950228400787"));
        OriginalRef original = new OriginalRef(request, 1);
        List<StoredPage> added = pages.add(original, upload("scanned/pdfbox__ccittg4multi.tif", request));
        assertThatThrownBy(() -> pages.reorder(original, List.of(added.get(0).id(), added.get(0).id(), added.get(1).id())))
                .isInstanceOfSatisfying(CertCopyException.class, e -> assertThat(e.code()).isEqualTo("PAGE_ORDER_INVALID"));
        assertThatThrownBy(() -> pages.delete(new OriginalRef(request, 2), added.get(0).id()))
                .isInstanceOfSatisfying(CertCopyException.class, e -> assertThat(e.code()).isEqualTo("PAGE_NOT_FOUND"));
        assertThat(pages.list(original)).hasSize(3);
    }
}
