package kz.certcopy.storage.cmis;

import java.util.ArrayList;
import java.util.List;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.definitions.Choice;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractPropertyDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AbstractTypeDefinition;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ChoiceImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.DocumentTypeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDecimalDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringDefinitionImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.SecondaryTypeDefinitionImpl;

/**
 * The cc: model as Alfresco exposes it over CMIS 1.1, for the InMemory test repository: a type becomes
 * {@code D:cc:name} (query name {@code cc:name}, parent {@code cmis:document} for {@code cm:content}), an aspect
 * {@code P:cc:name} under {@code cmis:secondary}; a property keeps its prefixed name as id and query name, d:text →
 * string, d:int/d:long → integer, d:float/d:double → decimal, d:date/d:datetime → datetime, d:boolean → boolean, a
 * LIST constraint → closed choices, {@code mandatory} → required, indexed → queryable. Alfresco itself builds the
 * same from the deployed model (it does not accept createType); the InMemory server gets it through createType.
 */
final class AlfrescoCmisTypes {

    private AlfrescoCmisTypes() {
    }

    static List<TypeDefinition> from(ContentModel model) {
        List<TypeDefinition> out = new ArrayList<>();
        // aspects first: types refer to them as mandatory secondary types
        model.classes().stream().filter(ContentModel.ClassDef::aspect).forEach(c -> out.add(type(model, c)));
        model.classes().stream().filter(c -> !c.aspect()).forEach(c -> out.add(type(model, c)));
        return out;
    }

    /** Creates every cc: type in the repository behind {@code session}. */
    static void createIn(Session session, ContentModel model) {
        for (TypeDefinition t : from(model)) {
            session.createType(t);
        }
    }

    private static TypeDefinition type(ContentModel model, ContentModel.ClassDef c) {
        AbstractTypeDefinition t;
        if (c.aspect()) {
            t = new SecondaryTypeDefinitionImpl();
            t.setBaseTypeId(BaseTypeId.CMIS_SECONDARY);
            t.setParentTypeId("cmis:secondary");
            t.setIsCreatable(false);
            t.setIsFileable(false);
        } else {
            if (!"cm:content".equals(c.parent())) {
                throw new IllegalArgumentException("only cm:content subtypes are mapped: " + c.name());
            }
            DocumentTypeDefinitionImpl d = new DocumentTypeDefinitionImpl();
            d.setIsVersionable(true);
            d.setContentStreamAllowed(ContentStreamAllowed.ALLOWED);
            t = d;
            t.setBaseTypeId(BaseTypeId.CMIS_DOCUMENT);
            t.setParentTypeId("cmis:document");
            t.setIsCreatable(true);
            t.setIsFileable(true);
        }
        t.setId(model.cmisTypeId(c.name()));
        t.setLocalName(c.name().substring(c.name().indexOf(':') + 1));
        t.setLocalNamespace(model.namespaceUri());
        t.setQueryName(c.name());
        t.setDisplayName(c.title());
        t.setDescription(c.title());
        t.setIsQueryable(true);
        t.setIsFulltextIndexed(false);
        t.setIsIncludedInSupertypeQuery(true);
        t.setIsControllablePolicy(false);
        t.setIsControllableAcl(false);
        for (ContentModel.Property p : c.properties()) {
            t.addPropertyDefinition(property(model, p));
        }
        return t;
    }

    private static AbstractPropertyDefinition<?> property(ContentModel model, ContentModel.Property p) {
        AbstractPropertyDefinition<?> d = switch (p.dataType()) {
            case "d:text" -> stringProperty(model, p);
            case "d:int", "d:long" -> new PropertyIntegerDefinitionImpl();
            case "d:float", "d:double" -> new PropertyDecimalDefinitionImpl();
            case "d:date", "d:datetime" -> new PropertyDateTimeDefinitionImpl();
            case "d:boolean" -> new PropertyBooleanDefinitionImpl();
            default -> throw new IllegalArgumentException("unmapped data type " + p.dataType());
        };
        d.setPropertyType(switch (p.dataType()) {
            case "d:text" -> PropertyType.STRING;
            case "d:int", "d:long" -> PropertyType.INTEGER;
            case "d:float", "d:double" -> PropertyType.DECIMAL;
            case "d:date", "d:datetime" -> PropertyType.DATETIME;
            default -> PropertyType.BOOLEAN;
        });
        d.setId(p.name());
        d.setLocalName(p.name().substring(p.name().indexOf(':') + 1));
        d.setLocalNamespace(model.namespaceUri());
        d.setQueryName(p.name());
        d.setDisplayName(p.name());
        d.setCardinality(p.multiple() ? Cardinality.MULTI : Cardinality.SINGLE);
        d.setUpdatability(Updatability.READWRITE);
        d.setIsInherited(false);
        d.setIsRequired(false);
        d.setIsQueryable(p.indexed());
        d.setIsOrderable(p.indexed() && !p.multiple());
        return d;
    }

    private static PropertyStringDefinitionImpl stringProperty(ContentModel model, ContentModel.Property p) {
        PropertyStringDefinitionImpl s = new PropertyStringDefinitionImpl();
        List<Choice<String>> choices = new ArrayList<>();
        for (String ref : p.constraintRefs()) {
            ContentModel.Constraint c = model.constraint(ref).orElseThrow();
            if ("LIST".equals(c.type())) {
                for (String v : c.allowedValues()) {
                    ChoiceImpl<String> choice = new ChoiceImpl<>();
                    choice.setDisplayName(v);
                    choice.setValue(List.of(v));
                    choices.add(choice);
                }
            }
        }
        if (!choices.isEmpty()) {
            s.setChoices(choices);
            s.setIsOpenChoice(false);
        }
        return s;
    }
}
