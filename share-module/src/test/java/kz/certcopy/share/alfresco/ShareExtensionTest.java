package kz.certcopy.share.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.certcopy.storage.cmis.ContentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Alfresco Share extension (src/alfresco-share) checked against the cc: model it configures. */
class ShareExtensionTest {

    private static final Path ROOT = Path.of("src/alfresco-share");
    private static final Path CONFIG = ROOT.resolve("META-INF/share-config-custom.xml");
    private static final Path CONTEXT = ROOT.resolve("alfresco/web-extension/certcopy-share-context.xml");
    private static final Path MESSAGES = ROOT.resolve("alfresco/web-extension/messages");
    /** The cm: properties Share forms may show besides the cc: ones. */
    private static final Set<String> CM = Set.of("cm:name", "cm:title", "cm:description", "cm:content");

    private final ContentModel model = ContentModel.load();

    @Test
    void everyXmlFileIsWellFormed() throws Exception {
        List<Path> xml;
        try (Stream<Path> files = Files.walk(ROOT)) {
            xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertThat(xml).contains(CONFIG, CONTEXT);
        for (Path p : xml) {
            assertThat(parse(p).getDocumentElement()).as(p.toString()).isNotNull();
        }
    }

    @Test
    void everyCcIdInTheShareConfigExistsInTheModel() throws Exception {
        Document config = parse(CONFIG);
        List<String> ids = new ArrayList<>();
        for (String tag : List.of("show", "field")) {
            each(config, tag, e -> ids.add(e.getAttribute("id")));
        }
        each(config, "subtype", e -> ids.add(e.getAttribute("name")));
        each(config, "aspect", e -> ids.add(e.getAttribute("name")));
        each(config, "config", e -> {
            if ("node-type".equals(e.getAttribute("evaluator"))) {
                ids.add(e.getAttribute("condition"));
            }
        });
        assertThat(ids).hasSizeGreaterThan(40);
        for (String id : ids) {
            if (id.startsWith("cm:")) {
                assertThat(CM).as(id).contains(id);
            } else {
                assertThat(model.classDef(id).isPresent() || model.property(id).isPresent())
                        .as(id + " is a type, aspect or property of the cc: model").isTrue();
            }
        }
    }

    @Test
    void everyPropertyOfTheTypesFormsIsShownAndCertificationAndRetentionAreReadOnly() throws Exception {
        Document config = parse(CONFIG);
        for (String type : List.of("cc:certifiedCopy", "cc:refusal")) {
            Element form = defaultForm(config, type);
            Set<String> shown = new HashSet<>();
            each(form, "show", e -> shown.add(e.getAttribute("id")));
            Set<String> readOnly = new HashSet<>();
            each(form, "field", e -> {
                if ("true".equals(e.getAttribute("read-only"))) {
                    readOnly.add(e.getAttribute("id"));
                }
            });
            ContentModel.ClassDef t = model.classDef(type).orElseThrow();
            List<String> expected = new ArrayList<>();
            t.properties().forEach(p -> expected.add(p.name()));
            for (String aspect : t.mandatoryAspects()) {
                model.classDef(aspect).orElseThrow().properties().forEach(p -> expected.add(p.name()));
            }
            expected.removeIf(p -> type.equals("cc:refusal") && (p.equals("cc:consentId") || p.equals("cc:signedPdfSha256")));
            assertThat(shown).as(type).containsAll(expected);
            for (String aspect : List.of("cc:certification", "cc:retention")) {
                for (ContentModel.Property p : model.classDef(aspect).orElseThrow().properties()) {
                    if (shown.contains(p.name())) {
                        assertThat(readOnly).as(type + " " + p.name()).contains(p.name());
                    }
                }
            }
        }
    }

    @Test
    void indicatorsUseEvaluatorsDefinedInTheContextAndIconsThatAre16PixelPngs() throws Exception {
        Set<String> beans = new HashSet<>();
        each(parse(CONTEXT), "bean", e -> beans.add(e.getAttribute("id")));
        List<Element> indicators = new ArrayList<>();
        each(parse(CONFIG), "indicator", indicators::add);
        assertThat(indicators).extracting(e -> e.getAttribute("id")).containsExactly("cc-certified-copy", "cc-legal-hold");
        for (Element indicator : indicators) {
            String evaluator = indicator.getElementsByTagName("evaluator").item(0).getTextContent().trim();
            assertThat(beans).contains(evaluator);
            Path icon = ROOT.resolve("META-INF/components/documentlibrary/indicators").resolve(indicator.getAttribute("icon"));
            BufferedImage img = ImageIO.read(icon.toFile());
            assertThat(img).as(icon.toString()).isNotNull();
            assertThat(img.getWidth()).isEqualTo(16);
            assertThat(img.getHeight()).isEqualTo(16);
        }
        String context = Files.readString(CONTEXT);
        assertThat(context).contains("<value>cc:certifiedCopy</value>", "node.properties.cc:legalHold");
        assertThat(model.property("cc:legalHold").orElseThrow().dataType()).isEqualTo("d:boolean");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_ru", "_kk"})
    void everyLabelTheConfigUsesExistsInEveryLanguage(String suffix) throws Exception {
        Properties labels = load(MESSAGES.resolve("certcopy-share" + suffix + ".properties"));
        Document config = parse(CONFIG);
        List<String> keys = new ArrayList<>();
        each(config, "indicator", e -> keys.add(e.getAttribute("label")));
        each(config, "set", e -> keys.add(e.getAttribute("label-id")));
        for (ContentModel.ClassDef c : model.classes()) {
            keys.add((c.aspect() ? "aspect." : "type.") + c.name().replace(':', '_'));
        }
        for (String key : keys) {
            assertThat(labels.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void kazakhAndRussianLabelsAreTheirOwn() throws Exception {
        Properties kk = load(MESSAGES.resolve("certcopy-share_kk.properties"));
        Properties ru = load(MESSAGES.resolve("certcopy-share_ru.properties"));
        Properties en = load(MESSAGES.resolve("certcopy-share_en.properties"));
        assertThat(String.join(" ", kk.stringPropertyNames().stream().map(kk::getProperty).toList()))
                .containsPattern("[әғқңөұүһі]");
        for (String key : en.stringPropertyNames()) {
            assertThat(kk.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key)).isNotEqualTo(ru.getProperty(key));
        }
    }

    private static Element defaultForm(Document config, String type) {
        NodeList configs = config.getElementsByTagName("config");
        for (int i = 0; i < configs.getLength(); i++) {
            Element c = (Element) configs.item(i);
            if (type.equals(c.getAttribute("condition"))) {
                NodeList forms = c.getElementsByTagName("form");
                for (int j = 0; j < forms.getLength(); j++) {
                    if (!((Element) forms.item(j)).hasAttribute("id")) {
                        return (Element) forms.item(j);
                    }
                }
            }
        }
        throw new AssertionError("no default form for " + type);
    }

    private static void each(Object root, String tag, java.util.function.Consumer<Element> action) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag)
                : ((Element) root).getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            action.accept((Element) nodes.item(i));
        }
    }

    private static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(p)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
