package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.certcopy.common.CertCopyException;

class HandoverPackageTest {

    private static byte[] pdf;
    private static byte[] p7s;

    private final HandoverPackage handover = new HandoverPackage(FormsTestData.CLOCK, FormsTestData.ALMATY);

    /** A real PDF (a rendered consent) and a real detached CMS signature over it (throwaway RSA key). */
    @BeforeAll
    static void signedDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsentForm(FormsTestData.CLOCK).render(FormsTestData.consent(FormLanguage.KK, 2), out);
        pdf = out.toByteArray();
        p7s = TestSigner.create(FormsTestData.CLOCK.instant()).detached(pdf);
    }

    @Test
    void packageHoldsTheFilesTheSheetAndAManifestWhoseHashesMatch(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        HandoverManifest manifest = handover.write(FormsTestData.copy(),
                new java.io.ByteArrayInputStream(pdf), new java.io.ByteArrayInputStream(p7s), zip);
        PdfTools.save("package.zip", zip.toByteArray());

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly(HandoverPackage.DOCUMENT, HandoverPackage.SIGNATURE,
                HandoverPackage.SHEET, HandoverPackage.MANIFEST);
        assertThat(entries.get(HandoverPackage.DOCUMENT)).isEqualTo(pdf);
        assertThat(entries.get(HandoverPackage.SIGNATURE)).isEqualTo(p7s);

        String json = new String(entries.get(HandoverPackage.MANIFEST), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"copyId\": \"" + FormsTestData.copy().copyId() + "\"")
                .contains("\"createdAt\": \"2026-12-03T05:20:00Z\"");
        Matcher file = Pattern.compile("\\{\"name\": \"([^\"]+)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"}")
                .matcher(json);
        int listed = 0;
        while (file.find()) {
            byte[] content = entries.get(file.group(1));
            assertThat(content).as(file.group(1)).isNotNull();
            assertThat(Long.parseLong(file.group(2))).as("size of " + file.group(1)).isEqualTo(content.length);
            assertThat(file.group(3)).as("sha256 of " + file.group(1)).isEqualTo(sha256(content));
            listed++;
        }
        assertThat(listed).isEqualTo(3).isEqualTo(manifest.files().size());

        // the files on their own, as the applicant gets them: the sheet names the PDF's hash, the
        // detached signature verifies against the PDF with openssl, the QR code leads to the public page
        Path folder = Files.createDirectories(dir.resolve("unpacked"));
        for (var entry : entries.entrySet()) {
            Files.write(folder.resolve(entry.getKey()), entry.getValue());
        }
        Path sheet = folder.resolve(HandoverPackage.SHEET);
        assertThat(PdfTools.text(sheet)).contains(sha256(pdf));
        assertThat(VerificationSheetTest.decodeQr(sheet)).isEqualTo(FormsTestData.copy().verificationUrl());
        PdfTools.qpdfCheck(sheet);
        PdfTools.Result verified = PdfTools.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", folder.resolve(HandoverPackage.SIGNATURE).toString(),
                "-content", folder.resolve(HandoverPackage.DOCUMENT).toString(), "-noverify", "-out", "/dev/null");
        assertThat(verified.exitCode()).as(verified.stderr()).isZero();
        assertThat(PdfTools.ok("sha256sum", folder.resolve(HandoverPackage.DOCUMENT).toString()).stdout())
                .startsWith(sha256(pdf));

        // and a changed PDF no longer matches its signature
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 0x01;
        Files.write(folder.resolve(HandoverPackage.DOCUMENT), tampered);
        PdfTools.Result refused = PdfTools.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", folder.resolve(HandoverPackage.SIGNATURE).toString(),
                "-content", folder.resolve(HandoverPackage.DOCUMENT).toString(), "-noverify", "-out", "/dev/null");
        assertThat(refused.exitCode()).isNotZero();
    }

    @Test
    void writesToRemovableMediaAtomicallyAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        Path document = Files.write(dir.resolve("in.pdf"), pdf);
        Path signature = Files.write(dir.resolve("in.p7s"), p7s);
        Path media = Files.createDirectories(dir.resolve("media"));

        Path written = handover.writeToMedia(FormsTestData.copy(), document, signature, media);
        Path again = handover.writeToMedia(FormsTestData.copy(), document, signature, media);

        assertThat(written).isEqualTo(again).hasFileName("certcopy-01JEDX7K3M9Q2ZC5R8T4W6Y1PB.zip");
        try (Stream<Path> files = Files.list(media)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(written.getFileName().toString());
        }
        assertThat(unzip(Files.readAllBytes(written)).get(HandoverPackage.DOCUMENT)).isEqualTo(pdf);
    }

    @Test
    void missingMediaOrEmptySignatureAreClearErrors(@TempDir Path dir) throws Exception {
        Path document = Files.write(dir.resolve("in.pdf"), pdf);
        Path empty = Files.write(dir.resolve("empty.p7s"), new byte[0]);
        assertThatThrownBy(() -> handover.writeToMedia(FormsTestData.copy(), document, document,
                dir.resolve("not-mounted")))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("HANDOVER_MEDIA_UNAVAILABLE");
        Path media = Files.createDirectories(dir.resolve("media"));
        assertThatThrownBy(() -> handover.writeToMedia(FormsTestData.copy(), document, empty, media))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("FORM_FIELD_REQUIRED");
        try (Stream<Path> files = Files.list(media)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> new CertifiedCopyFacts("../../etc/passwd", "https://x.kz/v/1", "clerk",
                FormsTestData.CLOCK.instant(), FormsTestData.CLOCK.instant()))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("INVALID_COPY_ID");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
