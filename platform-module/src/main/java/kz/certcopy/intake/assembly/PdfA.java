package kz.certcopy.intake.assembly;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The PDF/A-2b identity of a copy: an sRGB output intent (the ICC data built into the Java runtime) and XMP
 * metadata with the PDF/A identification and our own extension schema (document kind, number, copy id),
 * declared as PDF/A requires for any non-standard namespace.
 */
final class PdfA {

    static final String NS = "https://certcopy.kz/ns/copy/1.0/";

    private PdfA() {
    }

    static void outputIntent(PDDocument doc) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    static void metadata(PDDocument doc, CopyMetadata meta, Instant created) throws IOException {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.atOffset(ZoneOffset.UTC).withNano(0));
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreateDate>%1$s</xmp:CreateDate>
                   <xmp:ModifyDate>%1$s</xmp:ModifyDate>
                   <xmp:CreatorTool>CertCopy</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>CertCopy certified electronic copy</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>%5$s</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>certcopy</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        %6$s
                        %7$s
                        %8$s
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:certcopy="%5$s">
                   <certcopy:documentKind>%2$s</certcopy:documentKind>
                   <certcopy:documentNumber>%3$s</certcopy:documentNumber>
                   <certcopy:copyId>%4$s</certcopy:copyId>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(date, xml(meta.documentKind()), xml(meta.documentNumber()),
                xml(meta.copyId()), NS, property("documentKind", "Kind of the original document"),
                property("documentNumber", "Number of the original document"),
                property("copyId", "Identifier of the certified copy"));
        PDMetadata stream = new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        doc.getDocumentCatalog().setMetadata(stream);
    }

    private static String property(String name, String description) {
        return "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + name
                + "</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
                + "<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>"
                + description + "</pdfaProperty:description></rdf:li>";
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
