package org.tematik.core.exchange;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the REFI-QDA project.qde (namespace urn:QDA-XML:project:1.0) and the .qdc codebook
 * (urn:QDA-XML:codebook:1.0), in the element order the schemas demand. Source texts are referenced as
 * {@code internal://<guid>.txt}; positions are code points as stored.
 */
final class QdeWriter {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String ORIGIN = "Tematik";

    private final XMLStreamWriter w;

    private QdeWriter(OutputStream out) throws XMLStreamException {
        this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    }

    static String textFileName(UUID source) {
        return source + ".txt";
    }

    static void writeProject(Qda.Project p, OutputStream out) throws XMLStreamException {
        QdeWriter x = new QdeWriter(out);
        x.project(p);
    }

    static void writeCodebook(List<Qda.Code> codes, OutputStream out) throws XMLStreamException {
        QdeWriter x = new QdeWriter(out);
        x.w.writeStartDocument("UTF-8", "1.0");
        x.w.writeStartElement("CodeBook");
        x.w.writeDefaultNamespace(CODEBOOK_NS);
        x.w.writeAttribute("origin", ORIGIN);
        x.codes(codes, false);
        x.w.writeEndElement();
        x.w.writeEndDocument();
        x.w.close();
    }

    private void project(Qda.Project p) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("Project");
        w.writeDefaultNamespace(PROJECT_NS);
        w.writeAttribute("name", p.name());
        w.writeAttribute("origin", ORIGIN);
        w.writeAttribute("creationDateTime", Instant.now().toString());
        if (!p.users().isEmpty()) {
            w.writeStartElement("Users");
            for (Qda.User u : p.users()) {
                w.writeEmptyElement("User");
                w.writeAttribute("guid", u.guid().toString());
                w.writeAttribute("name", u.name());
            }
            w.writeEndElement();
        }
        if (!p.codes().isEmpty()) {
            w.writeStartElement("CodeBook");
            codes(p.codes(), true);
            w.writeEndElement();
        }
        Map<UUID, String> typeOf = new HashMap<>();
        if (!p.variables().isEmpty()) {
            w.writeStartElement("Variables");
            for (Qda.Variable v : p.variables()) {
                typeOf.put(v.guid(), v.type());
                w.writeEmptyElement("Variable");
                w.writeAttribute("guid", v.guid().toString());
                w.writeAttribute("name", v.name());
                w.writeAttribute("typeOfVariable", v.type());
            }
            w.writeEndElement();
        }
        if (!p.cases().isEmpty()) {
            w.writeStartElement("Cases");
            for (Qda.Case c : p.cases()) {
                w.writeStartElement("Case");
                w.writeAttribute("guid", c.guid().toString());
                w.writeAttribute("name", c.name());
                optionalText("Description", c.description());
                values(c.values(), typeOf);
                for (UUID s : c.sources()) {
                    ref("SourceRef", s);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (!p.sources().isEmpty()) {
            w.writeStartElement("Sources");
            for (Qda.Source s : p.sources()) {
                source(s, typeOf);
            }
            w.writeEndElement();
        }
        if (!p.notes().isEmpty()) {
            w.writeStartElement("Notes");
            for (Qda.Note n : p.notes()) {
                w.writeStartElement("Note");
                w.writeAttribute("guid", n.guid().toString());
                if (n.name() != null) {
                    w.writeAttribute("name", n.name());
                }
                user(n.creator(), n.created());
                optionalText("PlainTextContent", n.text());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        for (UUID note : p.projectNotes()) {
            ref("NoteRef", note);
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private void codes(List<Qda.Code> codes, boolean withNotes) throws XMLStreamException {
        Map<UUID, List<Qda.Code>> children = new HashMap<>();
        List<Qda.Code> roots = new ArrayList<>();
        for (Qda.Code c : codes) {
            (c.parent() == null ? roots : children.computeIfAbsent(c.parent(), k -> new ArrayList<>())).add(c);
        }
        w.writeStartElement("Codes");
        for (Qda.Code c : roots) {
            code(c, children, withNotes);
        }
        w.writeEndElement();
    }

    private void code(Qda.Code c, Map<UUID, List<Qda.Code>> children, boolean withNotes) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", c.guid().toString());
        w.writeAttribute("name", c.name());
        w.writeAttribute("isCodable", "true");
        if (c.color() != null && c.color().matches("#[0-9A-Fa-f]{6}")) {
            w.writeAttribute("color", c.color().toUpperCase(java.util.Locale.ROOT));
        }
        optionalText("Description", CodeDescription.compose(c.definition(), c.inclusion(), c.exclusion(), c.example()));
        if (withNotes) {
            for (UUID n : c.notes()) {
                ref("NoteRef", n);
            }
        }
        for (Qda.Code child : children.getOrDefault(c.guid(), List.of())) {
            code(child, children, withNotes);
        }
        w.writeEndElement();
    }

    private void source(Qda.Source s, Map<UUID, String> typeOf) throws XMLStreamException {
        w.writeStartElement("TextSource");
        w.writeAttribute("guid", s.guid().toString());
        w.writeAttribute("name", s.name());
        w.writeAttribute("plainTextPath", "internal://" + textFileName(s.guid()));
        user(s.creator(), s.created());
        for (Qda.Selection sel : s.selections()) {
            w.writeStartElement("PlainTextSelection");
            w.writeAttribute("guid", sel.guid().toString());
            w.writeAttribute("startPosition", Integer.toString(sel.start()));
            w.writeAttribute("endPosition", Integer.toString(sel.end()));
            user(sel.creator(), sel.created());
            for (Qda.Coding c : sel.codings()) {
                w.writeStartElement("Coding");
                w.writeAttribute("guid", c.guid().toString());
                user(c.creator(), c.created());
                ref("CodeRef", c.code());
                for (UUID n : c.notes()) {
                    ref("NoteRef", n);
                }
                w.writeEndElement();
            }
            for (UUID n : sel.notes()) {
                ref("NoteRef", n);
            }
            w.writeEndElement();
        }
        for (UUID n : s.notes()) {
            ref("NoteRef", n);
        }
        values(s.values(), typeOf);
        w.writeEndElement();
    }

    private void values(List<Qda.Value> values, Map<UUID, String> typeOf) throws XMLStreamException {
        for (Qda.Value v : values) {
            if (v.value() == null) {
                continue;
            }
            w.writeStartElement("VariableValue");
            ref("VariableRef", v.variable());
            String type = typeOf.getOrDefault(v.variable(), "Text");
            w.writeStartElement(type + "Value");
            w.writeCharacters(v.value());
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private void user(UUID creator, Instant created) throws XMLStreamException {
        if (creator != null) {
            w.writeAttribute("creatingUser", creator.toString());
        }
        if (created != null) {
            w.writeAttribute("creationDateTime", created.toString());
        }
    }

    private void ref(String element, UUID target) throws XMLStreamException {
        w.writeEmptyElement(element);
        w.writeAttribute("targetGUID", target.toString());
    }

    private void optionalText(String element, String text) throws XMLStreamException {
        if (text != null && !text.isEmpty()) {
            w.writeStartElement(element);
            w.writeCharacters(text);
            w.writeEndElement();
        }
    }
}
