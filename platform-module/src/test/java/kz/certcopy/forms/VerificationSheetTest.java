package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class VerificationSheetTest {

    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void onePageInThreeLanguagesWithAQrCodeThatDecodesToTheVerificationUrl() throws Exception {
        CertifiedCopyFacts copy = FormsTestData.copy();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VerificationSheet(FormsTestData.CLOCK).render(
                new VerificationSheetData(copy, SHA256, FormsTestData.ALMATY), out);
        Path pdf = PdfTools.save("verification-sheet.pdf", out.toByteArray());

        assertThat(PdfTools.pages(pdf)).isEqualTo(1);
        String text = PdfTools.text(pdf);
        assertThat(text)
                .contains("Құжаттың электрондық көшірмесін тексеру парағы")
                .contains("Лист проверки электронной копии документа")
                .contains("Verification sheet for the electronic copy of a document")
                .contains(copy.copyId())
                .contains(SHA256)
                .contains("Сейітқұлова Әйгерім Нұрланқызы")
                // 05:20 UTC is 10:20 in Almaty (UTC+5); kept until the end of the day six months later
                .contains("03.12.2026 10:20 (Asia/Almaty, UTC+05:00)")
                .contains("03.06.2027 23:59")
                .contains(HandoverPackage.DOCUMENT + " – ХҚКО қызметкерінің ЭЦҚ-сымен қол қойылған (PAdES)")
                .contains(HandoverPackage.SIGNATURE + " – отделённая ЭЦП того же файла PDF в формате CAdES")
                .contains("QR-кодты сканерлеңіз немесе сілтемені ашыңыз")
                .contains("pdfsig document.pdf")
                .contains("openssl cms -verify -binary -inform DER -in signature.p7s -content document.pdf");
        PdfTools.assertSound(pdf);
        PdfTools.png(pdf, 1, 100, "verification-sheet-p1");

        assertThat(decodeQr(pdf)).isEqualTo(copy.verificationUrl());
    }

    /** Renders the page as a person would print it and reads the QR code back with ZXing. */
    static String decodeQr(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }
}
