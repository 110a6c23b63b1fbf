package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import kz.certcopy.applicant.ApplicantKind;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.storage.CopyDocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** certcopy-model.xml against the rules Alfresco's dictionary applies when it bootstraps a model, and its labels. */
class ContentModelTest {

    private static final Set<String> DATA_TYPES = Set.of("d:text", "d:int", "d:long", "d:float", "d:double",
            "d:date", "d:datetime", "d:boolean");
    private static final String MESSAGES = "alfresco/module/certcopy-platform/messages/certcopy-model";

    private final ContentModel model = ContentModel.load();

    @Test
    void theModelHasTheTypesAspectsAndIdsTheAdapterUses() {
        assertThat(model.name()).isEqualTo("cc:certcopyModel");
        assertThat(model.prefix()).isEqualTo("cc");
        assertThat(model.namespaceUri()).startsWith("http://certcopy.kz/");
        CcIds ids = CcIds.from(model);
        assertThat(ids.copyType()).isEqualTo("D:cc:certifiedCopy");
        assertThat(ids.refusalType()).isEqualTo("D:cc:refusal");
        assertThat(List.of(ids.applicantAspect(), ids.certificationAspect(), ids.retentionAspect()))
                .containsExactly("P:cc:applicant", "P:cc:certification", "P:cc:retention");
        assertThat(model.owner("cc:applicantId").orElseThrow().name()).isEqualTo("cc:applicant");
        assertThat(model.property("cc:applicantId").orElseThrow().indexed()).isTrue();
        assertThat(model.property("cc:retainUntil").orElseThrow().dataType()).isEqualTo("d:datetime");
        assertThat(model.property("cc:legalHold").orElseThrow().dataType()).isEqualTo("d:boolean");
        for (String type : List.of("cc:certifiedCopy", "cc:refusal")) {
            ContentModel.ClassDef t = model.classDef(type).orElseThrow();
            assertThat(t.parent()).isEqualTo("cm:content");
            assertThat(t.mandatoryAspects()).containsExactly("cc:applicant", "cc:certification", "cc:retention");
        }
    }

    @Test
    void everyNameIsUniqueAndInADeclaredNamespace() {
        Set<String> prefixes = new HashSet<>(model.imports().keySet());
        prefixes.add(model.prefix());
        assertThat(model.imports()).containsEntry("d", "http://www.alfresco.org/model/dictionary/1.0")
                .containsEntry("cm", "http://www.alfresco.org/model/content/1.0");
        List<String> names = new ArrayList<>();
        model.constraints().forEach(c -> names.add(c.name()));
        for (ContentModel.ClassDef c : model.classes()) {
            names.add(c.name());
            c.properties().forEach(p -> names.add(p.name()));
        }
        assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> {
            assertThat(n).matches("[a-z]+:[a-zA-Z][a-zA-Z0-9]*");
            assertThat(n.substring(0, n.indexOf(':'))).isEqualTo(model.prefix());
        });
    }

    @Test
    void referencesResolveAndDataTypesAndConstraintsAreValid() {
        for (ContentModel.ClassDef c : model.classes()) {
            if (c.aspect()) {
                assertThat(c.parent()).isNull();
            }
            for (String a : c.mandatoryAspects()) {
                assertThat(model.classDef(a)).as(a).hasValueSatisfying(x -> assertThat(x.aspect()).isTrue());
            }
            for (ContentModel.Property p : c.properties()) {
                assertThat(DATA_TYPES).as(p.name()).contains(p.dataType());
                for (String ref : p.constraintRefs()) {
                    ContentModel.Constraint k = model.constraint(ref).orElseThrow(() -> new AssertionError(ref));
                    assertThat(p.dataType()).as(p.name() + " " + ref).isEqualTo("d:text");
                    assertThat(k.type()).isIn("REGEX", "LIST");
                }
            }
        }
        for (ContentModel.Constraint k : model.constraints()) {
            if ("REGEX".equals(k.type())) {
                assertThat(Pattern.compile(k.expression())).isNotNull();
            } else {
                assertThat(k.allowedValues()).isNotEmpty().doesNotHaveDuplicates();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"85031230012", "8503123001211", "85031230012a", " 850312300121", ""})
    void theIinBinConstraintTakesTwelveDigitsOnly(String bad) {
        Pattern iinBin = Pattern.compile(model.constraint("cc:iinBin").orElseThrow().expression());
        assertThat(iinBin.matcher("850312300121").matches()).isTrue();
        assertThat(iinBin.matcher(bad).matches()).isFalse();
    }

    @Test
    void listConstraintsHoldExactlyTheDomainsValues() {
        assertThat(model.constraint("cc:applicantKinds").orElseThrow().allowedValues())
                .containsExactlyElementsOf(Arrays.stream(ApplicantKind.values()).map(Enum::name).toList());
        assertThat(model.constraint("cc:refusalGrounds").orElseThrow().allowedValues())
                .containsExactlyElementsOf(Arrays.stream(RefusalGround.values()).map(Enum::name).toList());
        assertThat(model.constraint("cc:copyParts").orElseThrow().allowedValues())
                .containsExactlyElementsOf(Arrays.stream(CopyDocumentKind.values()).map(Enum::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_ru", "_kk"})
    void everyClassPropertyAndListValueHasALabelInEveryLanguage(String suffix) throws IOException {
        Properties labels = load(MESSAGES + suffix + ".properties");
        String m = model.name().replace(':', '_');
        for (ContentModel.ClassDef c : model.classes()) {
            String kind = c.aspect() ? "aspect" : "type";
            assertThat(labels.getProperty(m + "." + kind + "." + c.name().replace(':', '_') + ".title"))
                    .as(c.name()).isNotBlank();
            for (ContentModel.Property p : c.properties()) {
                assertThat(labels.getProperty(m + ".property." + p.name().replace(':', '_') + ".title"))
                        .as(p.name()).isNotBlank();
            }
        }
        for (ContentModel.Constraint k : model.constraints()) {
            for (String v : k.allowedValues()) {
                assertThat(labels.getProperty("listconstraint." + k.name().replace(':', '_') + "." + v))
                        .as(k.name() + " " + v).isNotBlank();
            }
        }
    }

    @Test
    void theKazakhAndRussianLabelsAreTranslationsInTheirOwnLetters() throws IOException {
        Properties kk = load(MESSAGES + "_kk.properties");
        Properties ru = load(MESSAGES + "_ru.properties");
        Properties en = load(MESSAGES + "_en.properties");
        String allKk = String.join(" ", kk.stringPropertyNames().stream().map(kk::getProperty).toList());
        assertThat(allKk).containsPattern("[әғқңөұүһі]");
        for (String key : en.stringPropertyNames()) {
            if (!en.getProperty(key).matches("[A-Z0-9 ()/.-]*") && !key.contains("Sha256")) {
                assertThat(kk.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
                assertThat(ru.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key)).isNotEqualTo(kk.getProperty(key));
            }
        }
    }

    @Test
    void aModelWithoutAnIdTheAdapterUsesIsRefusedAtStartUp() throws IOException {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContentModel.RESOURCE)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("cc:applicantId", "cc:applicantIin");
        }
        ContentModel drifted = ContentModel.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> CcIds.from(drifted)).hasMessageContaining("cc:applicantId");
    }

    @Test
    void aDoctypeIsRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<model xmlns=\"http://www.alfresco.org/model/dictionary/1.0\" name=\"&x;\"/>";
        assertThatThrownBy(() -> ContentModel.parse(new ByteArrayInputStream(evil.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ContentModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
