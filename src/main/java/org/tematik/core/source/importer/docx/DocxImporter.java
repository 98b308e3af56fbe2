package org.tematik.core.source.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.util.UserException;

/**
 * Word documents (.docx, transitional or strict OOXML). POI opens the package (zip, content types,
 * relationships); the parts are then read with a streaming XML reader ({@link WordXml}) rather than
 * XWPF, because XWPF's runs keep the text of w:moveFrom and w:delText (run.text() shows deleted
 * text, getText() shows moved-away text), and because one pass over the XML keeps a 1,000-page
 * document fast. What is read and how (tracked changes, comments, pages) is described on WordXml;
 * zip bombs are kept out by {@link ZipGuard}.
 *
 * <p>The import notes say how many tracked changes were accepted, how many comments were kept as
 * annotations (and how many spanning paragraphs were narrowed to their first), and whether parts
 * were left out (altChunk).
 */
public final class DocxImporter implements Importer {
    private static final Logger LOG = LoggerFactory.getLogger(DocxImporter.class);

    @Override
    public FileKind kind() {
        return FileKind.DOCX;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public ExtractedDocument extract(ImportRequest request) {
        String name = request.fileName();
        ZipGuard.check(request.bytes(), request.limits(), name);
        ZipGuard.configurePoi(request.limits());
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(request.bytes()));
            return read(pkg, name);
        } catch (UserException e) {
            throw e;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            throw translate(e, name, request.limits().maxUnpackedBytes());
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes without writing anything back
            }
        }
    }

    /** POI's and the XML reader's complaints, as a message for the user (the log keeps the details). */
    static UserException translate(Throwable e, String fileName, long maxUnpackedBytes) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb detected") || m.contains("potentially malicious"))) {
                LOG.info("{}: refused as a zip bomb: {}", fileName, m);
                return new UserException(e, "import.docx.zipBomb", fileName);
            }
            if (t instanceof RecordFormatException) {
                LOG.info("{}: a part is too large: {}", fileName, m);
                return new UserException(e, "import.docx.unpackedTooLarge", fileName, maxUnpackedBytes >> 20);
            }
        }
        if (e instanceof IOException || e instanceof XMLStreamException || e instanceof InvalidFormatException) {
            LOG.info("{} could not be read as a Word document: {}", fileName, e.toString());
        } else { // a library's (or this reader's) failure on an odd file: keep the trace
            LOG.warn("{} could not be read as a Word document", fileName, e);
        }
        return new UserException(e, "import.docx.damaged", fileName);
    }

    private ExtractedDocument read(OPCPackage pkg, String name) throws IOException, XMLStreamException, InvalidFormatException {
        PackagePart main = packagePart(pkg, PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        if (main == null) {
            throw new UserException("import.docx.damaged", name);
        }
        Map<String, PackagePart> parts = relatedParts(main);
        Styles styles = Styles.NONE;
        if (parts.containsKey("styles")) {
            try (Reader r = new Reader(parts.get("styles"))) {
                styles = Styles.read(r.xml);
            }
        }
        String[] noteFormats = new String[4];
        if (parts.containsKey("settings")) {
            try (Reader r = new Reader(parts.get("settings"))) {
                readNoteSettings(r.xml, noteFormats);
            }
        }
        Map<String, WordXml.Comment> comments = Map.of();
        if (parts.containsKey("comments")) {
            try (Reader r = new Reader(parts.get("comments"))) {
                comments = WordXml.readComments(r.xml);
            }
        }
        WordXml word = new WordXml(styles, NoteLabels.footnotes(noteFormats[0], Styles.parseLevel(noteFormats[1])),
                NoteLabels.endnotes(noteFormats[2], Styles.parseLevel(noteFormats[3])));
        try (Reader r = new Reader(main)) {
            word.readDocument(r.xml);
        }
        for (boolean foot : new boolean[] {true, false}) {
            PackagePart notes = parts.get(foot ? "footnotes" : "endnotes");
            if (notes != null && word.hasNoteRefs(foot)) {
                try (Reader r = new Reader(notes)) {
                    word.readNotes(r.xml, foot);
                }
            }
        }
        WordXml.Result result = word.finish(comments);
        return new ExtractedDocument(result.blocks(), result.pageCount(), "docx", detail(pkg), notes(word, result));
    }

    private static List<String> notes(WordXml word, WordXml.Result result) {
        List<String> notes = new ArrayList<>();
        if (word.insertions + word.deletions + word.moves > 0) {
            notes.add("tracked changes: accepted view imported (" + count(word.insertions, "insertion") + ", "
                    + count(word.deletions, "deletion") + (word.moves > 0 ? ", " + count(word.moves, "move") : "") + ")");
        }
        if (result.comments() > 0) {
            notes.add("comments: " + result.comments() + " kept as annotations" + (result.commentsNarrowed() > 0
                    ? " (" + result.commentsNarrowed() + " of them spanned more than one paragraph or line and cover only"
                    + " the first, from where they start)" : ""));
        }
        if (word.altChunks > 0) {
            notes.add("not imported: " + count(word.altChunks, "embedded document part") + " (altChunk); open the file in"
                    + " Word, save it again and import it again to include them");
        }
        return notes;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "DOCX, Microsoft Office Word 16.0000" from docProps/app.xml, or "DOCX". */
    private static String detail(OPCPackage pkg) {
        PackagePart app = packagePart(pkg, PackageRelationshipTypes.EXTENDED_PROPERTIES,
                PackageRelationshipTypes.STRICT_EXTENDED_PROPERTIES);
        if (app == null) {
            return "DOCX";
        }
        String application = null;
        String version = null;
        try (Reader r = new Reader(app)) {
            Xml.root(r.xml);
            while (Xml.nextChild(r.xml)) {
                String local = r.xml.getLocalName();
                if ("Application".equals(local)) {
                    application = Xml.text(r.xml).strip();
                } else if ("AppVersion".equals(local)) {
                    version = Xml.text(r.xml).strip();
                } else {
                    Xml.skip(r.xml);
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.debug("docProps/app.xml unreadable", e);
        }
        if (application == null || application.isEmpty()) {
            return "DOCX";
        }
        return fit("DOCX, " + application + (version == null || version.isEmpty() ? "" : " " + version));
    }

    /** The detail is stored in sources.encoding, VARCHAR(40): long producer strings are cut with an ellipsis. */
    static final int MAX_DETAIL = 40;

    public static String fit(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1).stripTrailing() + "…";
    }

    private static void readNoteSettings(XMLStreamReader r, String[] formats) throws XMLStreamException {
        Xml.root(r);
        while (Xml.nextChild(r)) {
            int at = Xml.isW(r, "footnotePr") ? 0 : Xml.isW(r, "endnotePr") ? 2 : -1;
            if (at < 0) {
                Xml.skip(r);
                continue;
            }
            while (Xml.nextChild(r)) {
                if (Xml.isW(r, "numFmt")) {
                    formats[at] = Xml.attr(r, "val");
                } else if (Xml.isW(r, "numStart")) {
                    formats[at + 1] = Xml.attr(r, "val");
                }
                Xml.skip(r);
            }
        }
    }

    private static PackagePart packagePart(OPCPackage pkg, String... types) {
        for (String type : types) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            if (rels != null && rels.size() > 0) {
                PackagePart part = pkg.getPart(rels.getRelationship(0));
                if (part != null) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The main part's styles, settings, comments, footnotes and endnotes, by the last word of their type. */
    private static Map<String, PackagePart> relatedParts(PackagePart main) throws InvalidFormatException {
        Map<String, PackagePart> parts = new HashMap<>();
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                continue;
            }
            String type = rel.getRelationshipType();
            String last = type.substring(type.lastIndexOf('/') + 1);
            if (Set.of("styles", "settings", "comments", "footnotes", "endnotes").contains(last) && !parts.containsKey(last)) {
                try {
                    PackagePart part = main.getRelatedPart(rel);
                    if (part != null) {
                        parts.put(last, part);
                    }
                } catch (InvalidFormatException | IllegalArgumentException missing) {
                    LOG.debug("related part {} missing", rel.getTargetURI(), missing);
                }
            }
        }
        return parts;
    }

    /** An XML reader over one part; closing it closes the part's stream too. */
    private static final class Reader implements AutoCloseable {
        private final InputStream in;
        final XMLStreamReader xml;

        Reader(PackagePart part) throws IOException, XMLStreamException {
            this.in = part.getInputStream();
            try {
                this.xml = Xml.open(in);
            } catch (XMLStreamException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException, XMLStreamException {
            try {
                xml.close();
            } finally {
                in.close();
            }
        }
    }
}
