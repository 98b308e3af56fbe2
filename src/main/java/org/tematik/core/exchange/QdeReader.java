package org.tematik.core.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.tematik.core.source.TextAssembler;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importers;
import org.tematik.core.source.importer.txt.TextDecoder;
import org.tematik.core.util.UserException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads project.qde or a .qdc into the REFI-QDA model, tolerating what real exports contain: GUIDs in
 * either case or in braces, a missing namespace, plainTextPath or PlainTextContent or only the original
 * PDF/DOCX (its text then comes from Tematik's own importers), CRLF line ends and a BOM (positions are
 * mapped onto the cleaned text). What Tematik cannot hold is counted in the report, never dropped silently.
 */
final class QdeReader {
    /** An original file carried in the archive, kept byte for byte in the project. */
    record Original(String fileName, byte[] bytes) {
    }

    record Read(Qda.Project project, Map<UUID, Original> originals, ExchangeReport report) {
    }

    private final QdpxArchive archive;
    private final ExchangeReport report = new ExchangeReport();
    private final Map<UUID, Original> originals = new HashMap<>();
    private final List<Qda.Note> notes = new ArrayList<>();
    private String basePath;

    private QdeReader(QdpxArchive archive) {
        this.archive = archive;
    }

    static Read read(QdpxArchive archive) {
        return new QdeReader(archive).read();
    }

    /** Opens, reads and closes a .qdpx/.qdc/.qde file. */
    static Read read(Path file) {
        try (QdpxArchive archive = QdpxArchive.open(file)) {
            return read(archive);
        }
    }

    private Read read() {
        Element root = parse(archive.qde()).getDocumentElement();
        if ("CodeBook".equals(root.getLocalName())) {
            List<Qda.Code> codes = new ArrayList<>();
            child(root, "Codes").ifPresent(c -> codes(c, null, codes));
            countLoss(root, "Sets", "Set", "exchange.loss.sets");
            String name = archive.fileName().replaceFirst("\\.[^.]*$", "");
            return new Read(new Qda.Project(name, List.of(), codes, List.of(), List.of(), List.of(), List.of(), List.of()),
                    originals, report);
        }
        if (!"Project".equals(root.getLocalName())) {
            throw new UserException("exchange.error.notQdpx", archive.fileName());
        }
        basePath = root.getAttribute("basePath");
        List<Qda.User> users = new ArrayList<>();
        child(root, "Users").ifPresent(us -> children(us, "User").forEach(u -> users.add(new Qda.User(guid(u, "guid"),
                firstNonBlank(u.getAttribute("name"), u.getAttribute("id"), "?")))));
        List<Qda.Code> codes = new ArrayList<>();
        child(root, "CodeBook").flatMap(cb -> child(cb, "Codes")).ifPresent(c -> codes(c, null, codes));
        List<Qda.Variable> variables = new ArrayList<>();
        child(root, "Variables").ifPresent(vs -> children(vs, "Variable").forEach(v -> variables.add(new Qda.Variable(
                guid(v, "guid"), firstNonBlank(v.getAttribute("name"), "?"), firstNonBlank(v.getAttribute("typeOfVariable"), "Text"),
                null))));
        List<Qda.Case> cases = new ArrayList<>();
        child(root, "Cases").ifPresent(cs -> children(cs, "Case").forEach(c -> cases.add(caseOf(c))));
        List<Qda.Source> sources = new ArrayList<>();
        child(root, "Sources").ifPresent(ss -> sources(ss, sources));
        child(root, "Notes").ifPresent(ns -> children(ns, "Note").forEach(this::note));
        countLoss(root, "Links", "Link", "exchange.loss.links");
        countLoss(root, "Sets", "Set", "exchange.loss.sets");
        countLoss(root, "Graphs", "Graph", "exchange.loss.graphs");
        List<UUID> projectNotes = refs(root, "NoteRef");
        String name = firstNonBlank(root.getAttribute("name"), archive.fileName().replaceFirst("\\.[^.]*$", ""));
        return new Read(new Qda.Project(name, users, codes, variables, cases, sources, notes, projectNotes), originals, report);
    }

    private void codes(Element parent, UUID parentGuid, List<Qda.Code> out) {
        for (Element c : children(parent, "Code")) {
            UUID guid = guid(c, "guid");
            CodeDescription.Parts d = CodeDescription.parse(child(c, "Description").map(Node::getTextContent).orElse(null));
            out.add(new Qda.Code(guid, parentGuid, firstNonBlank(c.getAttribute("name"), "?"), colour(c.getAttribute("color")),
                    d.definition(), d.inclusion(), d.exclusion(), d.example(), refs(c, "NoteRef")));
            codes(c, guid, out);
        }
    }

    private Qda.Case caseOf(Element c) {
        if (!children(c, "CodeRef").isEmpty() || !children(c, "SelectionRef").isEmpty()) {
            report.lose("exchange.loss.caseRefs");
        }
        return new Qda.Case(guid(c, "guid"), firstNonBlank(c.getAttribute("name"), "?"),
                child(c, "Description").map(Node::getTextContent).orElse(null), values(c), refs(c, "SourceRef"));
    }

    private void sources(Element parent, List<Qda.Source> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "TextSource" -> textSource(e, e, null).ifPresent(out::add);
                case "PDFSource" -> pdfSource(e).ifPresent(out::add);
                case "PictureSource" -> report.lose("exchange.loss.pictures");
                case "AudioSource" -> report.lose("exchange.loss.audio");
                case "VideoSource" -> report.lose("exchange.loss.video");
                default -> report.lose("exchange.loss.unknownSources");
            }
        }
    }

    private Optional<Qda.Source> pdfSource(Element pdf) {
        for (Element ignored : children(pdf, "PDFSelection")) {
            report.lose("exchange.loss.pdfRegions");
        }
        Optional<Original> original = original(pdf.getAttribute("path"), pdf.getAttribute("currentPath"), "pdf");
        Optional<Element> representation = child(pdf, "Representation");
        return textSource(pdf, representation.orElse(null), original.orElse(null));
    }

    /**
     * A text source from {@code meta} (guid, name, users) and {@code body} (text and selections; for a PDF,
     * its Representation, which may be absent). Empty, with a loss counted, when no text can be found.
     */
    private Optional<Qda.Source> textSource(Element meta, Element body, Original pdfOriginal) {
        UUID guid = guid(meta, "guid");
        String name = firstNonBlank(meta.getAttribute("name"), guid.toString());
        Original original = pdfOriginal;
        String raw = null;
        boolean fromPlainText = false;
        if (body != null) {
            raw = child(body, "PlainTextContent").map(Node::getTextContent).orElse(null);
            if (raw == null) {
                raw = archiveText(body.getAttribute("plainTextPath")).orElse(null);
            }
            fromPlainText = raw != null;
            if (original == null) {
                original = original(body.getAttribute("richTextPath"), body.getAttribute("path"), "docx").orElse(null);
            }
        }
        if (original == null && meta != body) {
            original = original(meta.getAttribute("path"), meta.getAttribute("currentPath"), "pdf").orElse(null);
        }
        if (raw == null && original != null) {
            raw = extract(original, name);
            if (raw != null) {
                report.note("exchange.note.textFromOriginal");
            }
        }
        if (raw == null) {
            report.lose("exchange.loss.noText");
            return Optional.empty();
        }
        if (original != null) {
            originals.put(guid, original);
        }
        CleanText clean = CleanText.of(raw);
        if (clean.changed()) {
            report.note("exchange.note.lineEnds");
        }
        IntUnaryOperator map = fromPlainText ? clean.map() : IntUnaryOperator.identity();
        List<Qda.Selection> selections = new ArrayList<>();
        if (body != null) {
            for (Element s : children(body, "PlainTextSelection")) {
                selections.add(selection(s, map));
                if (child(s, "Description").isPresent()) {
                    report.lose("exchange.loss.selectionDescriptions");
                }
            }
            for (Element ignored : children(body, "Coding")) {
                report.lose("exchange.loss.sourceCodings");
            }
        }
        if (meta != body) {
            for (Element ignored : children(meta, "Coding")) {
                report.lose("exchange.loss.sourceCodings");
            }
        }
        List<UUID> sourceNotes = new ArrayList<>(refs(meta, "NoteRef"));
        List<Qda.Value> values = new ArrayList<>(values(meta));
        return Optional.of(new Qda.Source(guid, name, clean.text(), null, user(meta), time(meta), selections, sourceNotes, values));
    }

    private Qda.Selection selection(Element s, IntUnaryOperator map) {
        int start = integer(s.getAttribute("startPosition"));
        int end = integer(s.getAttribute("endPosition"));
        List<Qda.Coding> codings = new ArrayList<>();
        for (Element c : children(s, "Coding")) {
            Optional<Element> ref = child(c, "CodeRef");
            if (ref.isEmpty()) {
                report.lose("exchange.loss.unknownCode");
                continue;
            }
            codings.add(new Qda.Coding(guid(c, "guid"), guid(ref.get(), "targetGUID"), user(c), time(c), refs(c, "NoteRef")));
        }
        return new Qda.Selection(guid(s, "guid"), start < 0 ? start : map.applyAsInt(start), end < 0 ? end : map.applyAsInt(end),
                user(s), time(s), codings, refs(s, "NoteRef"));
    }

    private void note(Element n) {
        String text = child(n, "PlainTextContent").map(Node::getTextContent)
                .or(() -> archiveText(n.getAttribute("plainTextPath"))).orElse("");
        notes.add(new Qda.Note(guid(n, "guid"), blankToNull(n.getAttribute("name")), CleanText.of(text).text(), user(n), time(n)));
        if (!children(n, "PlainTextSelection").isEmpty()) {
            report.lose("exchange.loss.noteSelections");
        }
    }

    private List<Qda.Value> values(Element owner) {
        List<Qda.Value> out = new ArrayList<>();
        for (Element v : children(owner, "VariableValue")) {
            Optional<Element> ref = child(v, "VariableRef");
            Optional<Element> value = elements(v).stream().filter(e -> e.getLocalName().endsWith("Value")).findFirst();
            if (ref.isPresent() && value.isPresent()) {
                out.add(new Qda.Value(guid(ref.get(), "targetGUID"), value.get().getTextContent().strip()));
            }
        }
        return out;
    }

    private Optional<String> archiveText(String path) {
        return archive.resolve(path, basePath).map(QdeReader::decode);
    }

    /**
     * UTF-8 (the standard's encoding) or UTF-16 with a BOM, decoded as is: line ends must stay as the exporting
     * tool counted them until positions are mapped. Anything else goes through the import's encoding detection.
     */
    static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return TextDecoder.decode(b).text();
        }
    }

    private Optional<Original> original(String path, String otherPath, String defaultExtension) {
        for (String p : new String[] {path, otherPath}) {
            Optional<byte[]> bytes = archive.resolve(p, basePath);
            if (bytes.isPresent()) {
                String name = p.replace('\\', '/').substring(p.replace('\\', '/').lastIndexOf('/') + 1);
                return Optional.of(new Original(name.contains(".") ? name : name + "." + defaultExtension, bytes.get()));
            }
        }
        return Optional.empty();
    }

    /** Text of a PDF/DOCX original through the importers Tematik uses for its own imports. */
    private String extract(Original original, String sourceName) {
        try {
            ImportRequest request = new ImportRequest(Path.of(original.fileName()), original.bytes(), null, ImportLimits.DEFAULT);
            var doc = Importers.standard().choose(request).extract(request);
            return doc.hasText() ? TextAssembler.assemble(doc).text() : null;
        } catch (UserException e) {
            throw new UserException(e, "exchange.error.original", sourceName, e.getMessage());
        }
    }

    private UUID user(Element e) {
        String raw = e.getAttribute("creatingUser");
        return raw.isBlank() ? null : parseGuid(raw);
    }

    private Instant time(Element e) {
        String raw = e.getAttribute("creationDateTime").strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return java.time.LocalDateTime.parse(raw).toInstant(java.time.ZoneOffset.UTC); // NVivo may omit the zone
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private UUID guid(Element e, String attribute) {
        return parseGuid(e.getAttribute(attribute));
    }

    /** Upper or lower case, with or without braces; anything else gets a stable id derived from its text. */
    private UUID parseGuid(String raw) {
        String g = raw.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
        try {
            return UUID.fromString(g);
        } catch (IllegalArgumentException e) {
            report.note("exchange.note.badGuid");
            return UUID.nameUUIDFromBytes(raw.strip().getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<UUID> refs(Element parent, String name) {
        return children(parent, name).stream().map(r -> guid(r, "targetGUID")).toList();
    }

    private void countLoss(Element root, String container, String item, String key) {
        child(root, container).ifPresent(c -> children(c, item).forEach(i -> report.lose(key)));
    }

    private static String colour(String raw) {
        String c = raw == null ? "" : raw.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return c.matches("#[0-9A-Fa-f]{6}") ? c.toUpperCase(Locale.ROOT) : null;
    }

    private static int integer(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new UserException(e, "exchange.error.badXml", e.getMessage());
        }
    }

    static Optional<Element> child(Element parent, String name) {
        return elements(parent).stream().filter(e -> name.equals(e.getLocalName())).findFirst();
    }

    static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> name.equals(e.getLocalName())).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
