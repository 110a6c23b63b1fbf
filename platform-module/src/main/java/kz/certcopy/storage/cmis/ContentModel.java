package kz.certcopy.storage.cmis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The cc: Alfresco content model as read from {@code certcopy-model.xml} (the file deployed into Alfresco), so the
 * CMIS adapter takes its type and property ids from the model itself. Only what CMIS needs is kept: classes (types
 * and aspects) with parent, mandatory aspects and properties, and the constraints.
 */
public final class ContentModel {

    public static final String RESOURCE = "alfresco/module/certcopy-platform/model/certcopy-model.xml";
    static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";

    /** A property: prefixed name, Alfresco data type ({@code d:text}, …), flags and the constraints it refers to. */
    public record Property(String name, String dataType, boolean mandatory, boolean multiple, boolean indexed,
                           String defaultValue, List<String> constraintRefs) {
    }

    /** A type ({@code aspect == false}) or an aspect. */
    public record ClassDef(String name, boolean aspect, String title, String parent, List<String> mandatoryAspects,
                           List<Property> properties) {
    }

    /** A constraint: REGEX with its expression, or LIST with its allowed values. */
    public record Constraint(String name, String type, String expression, List<String> allowedValues) {
    }

    private final String name;
    private final String namespaceUri;
    private final String prefix;
    private final Map<String, String> imports;
    private final Map<String, ClassDef> classes;
    private final Map<String, Constraint> constraints;

    private ContentModel(String name, String namespaceUri, String prefix, Map<String, String> imports,
                         Map<String, ClassDef> classes, Map<String, Constraint> constraints) {
        this.name = name;
        this.namespaceUri = namespaceUri;
        this.prefix = prefix;
        this.imports = imports;
        this.classes = classes;
        this.constraints = constraints;
    }

    /** The model shipped in this module (the same file the Alfresco module JAR carries). */
    public static ContentModel load() {
        try (InputStream in = ContentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public static ContentModel parse(InputStream in) throws IOException {
        Element root = secureParse(in).getDocumentElement();
        if (!"model".equals(root.getLocalName()) || !DICTIONARY_NS.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("not an Alfresco dictionary model");
        }
        Map<String, String> imports = new LinkedHashMap<>();
        for (Element e : children(child(root, "imports"), "import")) {
            imports.put(e.getAttribute("prefix"), e.getAttribute("uri"));
        }
        List<Element> namespaces = children(child(root, "namespaces"), "namespace");
        if (namespaces.size() != 1) {
            throw new IllegalArgumentException("the model must define exactly one namespace");
        }
        Map<String, Constraint> constraints = new LinkedHashMap<>();
        for (Element c : children(child(root, "constraints"), "constraint")) {
            constraints.put(c.getAttribute("name"), constraint(c));
        }
        Map<String, ClassDef> classes = new LinkedHashMap<>();
        for (Element t : children(child(root, "types"), "type")) {
            classes.put(t.getAttribute("name"), classDef(t, false));
        }
        for (Element a : children(child(root, "aspects"), "aspect")) {
            classes.put(a.getAttribute("name"), classDef(a, true));
        }
        return new ContentModel(root.getAttribute("name"), namespaces.get(0).getAttribute("uri"),
                namespaces.get(0).getAttribute("prefix"), imports, classes, constraints);
    }

    public String name() {
        return name;
    }

    public String namespaceUri() {
        return namespaceUri;
    }

    public String prefix() {
        return prefix;
    }

    public Map<String, String> imports() {
        return imports;
    }

    public List<ClassDef> classes() {
        return List.copyOf(classes.values());
    }

    public List<Constraint> constraints() {
        return List.copyOf(constraints.values());
    }

    public Optional<ClassDef> classDef(String prefixedName) {
        return Optional.ofNullable(classes.get(prefixedName));
    }

    public Optional<Constraint> constraint(String prefixedName) {
        return Optional.ofNullable(constraints.get(prefixedName));
    }

    /** The class declaring the property, if any. */
    public Optional<ClassDef> owner(String propertyName) {
        return classes.values().stream()
                .filter(c -> c.properties().stream().anyMatch(p -> p.name().equals(propertyName))).findFirst();
    }

    public Optional<Property> property(String prefixedName) {
        return classes.values().stream().flatMap(c -> c.properties().stream())
                .filter(p -> p.name().equals(prefixedName)).findFirst();
    }

    /** The CMIS object type id Alfresco gives a class: {@code D:} for document types, {@code P:} for aspects. */
    public String cmisTypeId(String className) {
        ClassDef c = classDef(className).orElseThrow(() -> new IllegalArgumentException("no class " + className
                + " in the cc: model"));
        return (c.aspect() ? "P:" : "D:") + c.name();
    }

    /** The property's id, checked to be declared by the model (Alfresco's CMIS property id is the prefixed name). */
    public String propertyId(String propertyName) {
        return property(propertyName).map(Property::name)
                .orElseThrow(() -> new IllegalArgumentException("no property " + propertyName + " in the cc: model"));
    }

    private static ClassDef classDef(Element e, boolean aspect) {
        List<Property> props = new ArrayList<>();
        for (Element p : children(child(e, "properties"), "property")) {
            Element index = child(p, "index");
            List<String> refs = children(child(p, "constraints"), "constraint").stream()
                    .map(c -> c.getAttribute("ref")).toList();
            props.add(new Property(p.getAttribute("name"), text(p, "type"), "true".equals(text(p, "mandatory")),
                    "true".equals(text(p, "multiple")), index == null || !"false".equals(index.getAttribute("enabled")),
                    text(p, "default"), refs));
        }
        List<String> mandatory = children(child(e, "mandatory-aspects"), "aspect").stream()
                .map(a -> a.getTextContent().trim()).toList();
        return new ClassDef(e.getAttribute("name"), aspect, text(e, "title"), text(e, "parent"), mandatory, props);
    }

    private static Constraint constraint(Element c) {
        String expression = null;
        List<String> allowed = List.of();
        for (Element p : children(c, "parameter")) {
            if ("expression".equals(p.getAttribute("name"))) {
                expression = text(p, "value");
            } else if ("allowedValues".equals(p.getAttribute("name"))) {
                allowed = children(child(p, "list"), "value").stream().map(v -> v.getTextContent().trim()).toList();
            }
        }
        return new Constraint(c.getAttribute("name"), c.getAttribute("type"), expression, allowed);
    }

    private static Document secureParse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("malformed model XML", e);
        }
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().trim();
    }
}
