package org.tematik.core.source.importer.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.source.importer.docx.DocxImporter;
import org.tematik.core.util.UserException;

/**
 * Word 97-2003 documents (.doc) with POI's HWPF, and anything else in an OLE2 compound file that
 * the content sniffer sends here: a password-protected .docx (an OLE2 file holding an
 * "EncryptedPackage") or an encrypted .doc gets a "remove the password" message, an Excel or
 * PowerPoint file a "not a Word document" one, and a Word 6/95 file its paragraphs through
 * Word6Extractor.
 *
 * <p>The text is read character run by character run, so that tracked changes come out accepted:
 * runs marked deleted are left out, inserted ones kept. Field codes (between \u0013 and \u0014) are
 * dropped and field results kept; cell marks (\u0007), paragraph marks (\r), object anchors and
 * other control characters are not text. As in DOCX: a soft line break (\u000B) ends a line and
 * starts a new block; \u000C is an explicit page break (or a section break, unless the next section
 * is continuous) and gives page numbers; pageBreakBefore counts too. Table rows become TABLE_ROW
 * blocks with cells separated by tabs (nested tables flattened into their cell with spaces).
 * Headings: style "heading 1".."heading 9" or "Title", or an outline level 0-8. Footnotes and
 * endnotes: "[1]" / "[i]" at the reference, and a NOTE block each after the body. Comments are not
 * read from .doc files (the notes say so when there are any): save as .docx to keep them.
 */
public final class DocImporter implements Importer {
    private static final Logger LOG = LoggerFactory.getLogger(DocImporter.class);
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading ?[1-9]|title)");

    @Override
    public FileKind kind() {
        return FileKind.DOC;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("doc");
    }

    @Override
    public ExtractedDocument extract(ImportRequest request) {
        String name = request.fileName();
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(request.bytes()));
        } catch (IOException | RuntimeException e) {
            LOG.info("{} is not a readable OLE2 file: {}", name, e.toString());
            throw new UserException(e, "import.doc.damaged", name);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new UserException("import.doc.encrypted", name);
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UserException("import.doc.notWord", name);
            }
            HWPFDocument doc;
            try {
                doc = new HWPFDocument(root);
            } catch (OldWordFileFormatException old) {
                return readOld(root);
            }
            return new Reader(doc).read();
        } catch (UserException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UserException(e, "import.doc.encrypted", name);
        } catch (IOException e) {
            LOG.info("{} could not be read as a Word 97-2003 document: {}", name, e.toString());
            throw new UserException(e, "import.doc.damaged", name);
        } catch (RuntimeException e) { // HWPF's failure on an odd file: keep the trace
            LOG.warn("{} could not be read as a Word 97-2003 document", name, e);
            throw new UserException(e, "import.doc.damaged", name);
        }
    }

    /** Word 6 and Word 95: paragraphs only. */
    private static ExtractedDocument readOld(DirectoryNode root) throws IOException {
        Word6Extractor extractor = new Word6Extractor(root);
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int depth = 0;
        for (String paragraph : extractor.getParagraphText()) {
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                if (c == 0x13) {
                    depth++;
                } else if (c == 0x14 || c == 0x15) {
                    depth = Math.max(0, depth - 1);
                } else if (depth > 0) {
                    continue;
                } else if (c == 0x0B || c == 0x0C) {
                    blocks.add(Block.paragraph(line.toString(), 0));
                    line.setLength(0);
                } else if (c == '\t' || c >= 0x20) {
                    line.append(c);
                } else if (c == 0x07) {
                    line.append('\t');
                }
            }
            blocks.add(Block.paragraph(line.toString(), 0));
            line.setLength(0);
        }
        return new ExtractedDocument(blocks, 0, "doc", "DOC (Word 6/95)", List.of());
    }

    static boolean isHeadingName(String name) {
        return name != null && HEADING_NAME.matcher(name.toLowerCase(Locale.ROOT).trim()).matches();
    }

    /** One pass over the main text's paragraphs and runs. */
    private static final class Reader {
        private final HWPFDocument doc;
        private final Range range;
        private final Notes footnotes;
        private final Notes endnotes;
        private final java.util.Set<Integer> continuousSectionMarks = new java.util.HashSet<>();
        private final List<Block> blocks = new ArrayList<>();
        private final int[] footPages;
        private final int[] endPages;

        private int page = 1;
        private int breaks;
        private boolean pageHasText;
        private int codeDepth;
        private final java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        private int insertions;
        private int deletions;

        // the paragraph being read outside tables: finished lines and the current one
        private final List<Line> lines = new ArrayList<>();
        private Line line;
        // the row being read
        private List<String> cells;
        private StringBuilder cell;
        private int rowPage;
        private boolean cellSep;
        private boolean tableText;

        private static final class Line {
            final StringBuilder text = new StringBuilder();
            int page;
            boolean afterPageBreak;
        }

        Reader(HWPFDocument doc) {
            this.doc = doc;
            this.range = doc.getRange();
            this.footnotes = doc.getFootnotes();
            this.endnotes = doc.getEndnotes();
            this.footPages = new int[footnotes.getNotesCount()];
            this.endPages = new int[endnotes.getNotesCount()];
            int sections = range.numSections();
            for (int k = 0; k + 1 < sections; k++) {
                int nextType = range.getSection(k + 1).type();
                if (nextType == 0 || nextType == 1) { // continuous, new column: the mark is no page break
                    continuousSectionMarks.add(range.getSection(k).getEndOffset() - 1);
                }
            }
        }

        ExtractedDocument read() {
            StyleSheet styles = doc.getStyleSheet();
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.getTableLevel() > 0) {
                    tableParagraph(p);
                    continue;
                }
                closeRow();
                if (p.pageBreakBefore() && pageHasText) {
                    newPage();
                }
                lines.clear();
                startLine();
                tableText = false;
                characters(p);
                Block.Kind kind = isHeading(p, styles) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
                for (int j = 0; j < lines.size(); j++) {
                    Line l = lines.get(j);
                    if (l.text.length() == 0 && l.afterPageBreak && j == lines.size() - 1) {
                        continue; // an empty line left over by a page break
                    }
                    blocks.add(new Block(kind, l.text.toString(), l.page, List.of()));
                }
            }
            closeRow();
            boolean paged = breaks > 0;
            List<Block> all = new ArrayList<>(blocks.size());
            for (Block b : blocks) {
                all.add(paged ? b : new Block(b.kind(), b.text(), 0, b.annotations()));
            }
            notes(all, doc.getFootnoteRange(), footnotes, footPages, false, paged);
            notes(all, doc.getEndnoteRange(), endnotes, endPages, true, paged);
            List<String> notes = new ArrayList<>();
            if (insertions + deletions > 0) {
                notes.add("tracked changes: accepted view imported (" + count(insertions, "insertion") + ", "
                        + count(deletions, "deletion") + ")");
            }
            if (hasComments()) {
                notes.add("comments: not read from .doc files; save the file as .docx in Word and import that to keep them");
            }
            return new ExtractedDocument(all, paged ? page : 0, "doc", detail(), notes);
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private boolean hasComments() {
            try {
                Range comments = doc.getCommentsRange();
                return comments != null && !comments.text().isBlank();
            } catch (RuntimeException e) {
                return false;
            }
        }

        private String detail() {
            try {
                SummaryInformation info = doc.getSummaryInformation();
                String app = info == null ? null : info.getApplicationName();
                return app == null || app.isBlank() ? "DOC" : DocxImporter.fit("DOC, " + app.strip());
            } catch (RuntimeException e) {
                return "DOC";
            }
        }

        private static boolean isHeading(Paragraph p, StyleSheet styles) {
            int level = p.getLvl();
            if (level >= 0 && level <= 8) {
                return true;
            }
            StyleDescription style = styles.getStyleDescription(p.getStyleIndex());
            return style != null && isHeadingName(style.getName());
        }

        private void tableParagraph(Paragraph p) {
            boolean nested = p.getTableLevel() > 1;
            if (p.isTableRowEnd()) {
                if (!nested) {
                    closeRow();
                }
                return;
            }
            if (cells == null) {
                cells = new ArrayList<>();
                cell = new StringBuilder();
                rowPage = page;
                cellSep = false;
            }
            tableText = true;
            if (cell.length() > 0) {
                cellSep = true; // a new paragraph in the same cell
            }
            characters(p);
            if (nested && cell.length() > 0) {
                cellSep = true;
            }
        }

        private void closeRow() {
            if (cells != null) {
                if (cell.length() > 0 || cells.isEmpty()) {
                    cells.add(cell.toString());
                }
                blocks.add(Block.tableRow(cells, rowPage));
                cells = null;
                cell = null;
            }
        }

        private void characters(Paragraph p) {
            int runs = p.numCharacterRuns();
            boolean inDeleted = false;
            boolean inInserted = false;
            for (int k = 0; k < runs; k++) {
                CharacterRun run = p.getCharacterRun(k);
                if (run.isMarkedDeleted()) {
                    if (!inDeleted) {
                        deletions++;
                    }
                    inDeleted = true;
                    continue;
                }
                inDeleted = false;
                if (run.isMarkedInserted() != inInserted) {
                    inInserted = run.isMarkedInserted();
                    if (inInserted) {
                        insertions++;
                    }
                }
                String text = run.text();
                if (run.isSymbol() && codeDepth == 0) {
                    char c = run.getSymbolCharacter();
                    if (c >= 0x20 && !(c >= 0xE000 && c <= 0xF8FF)) {
                        append(String.valueOf(c));
                    }
                    continue;
                }
                int at = run.getStartOffset();
                boolean nested = p.getTableLevel() > 1;
                for (int i = 0; i < text.length(); i++) {
                    character(text.charAt(i), at + i, nested);
                }
            }
        }

        private void character(char c, int cp, boolean nested) {
            switch (c) {
                case 0x13 -> {
                    fields.push(Boolean.TRUE);
                    codeDepth++;
                    return;
                }
                case 0x14 -> {
                    if (!fields.isEmpty() && fields.peek()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                        codeDepth--;
                    }
                    return;
                }
                case 0x15 -> {
                    if (!fields.isEmpty() && fields.pop()) {
                        codeDepth--;
                    }
                    return;
                }
                default -> {
                }
            }
            if (codeDepth > 0) {
                return;
            }
            switch (c) {
                case 0x07 -> { // end of a cell
                    if (cells != null) {
                        if (nested) {
                            cellSep = cell.length() > 0;
                        } else {
                            cells.add(cell.toString());
                            cell = new StringBuilder();
                            cellSep = false;
                        }
                    }
                }
                case 0x0B -> lineBreak();
                case 0x0C -> {
                    if (!continuousSectionMarks.contains(cp)) {
                        pageBreak();
                    }
                }
                case 0x02 -> noteReference(cp);
                case 0x1E -> append("\u2011");
                case '\t' -> append("\t");
                default -> {
                    if (c >= 0x20) {
                        append(String.valueOf(c));
                    } // \r, object anchors (1, 8), annotation marks (5), optional hyphens (0x1F)...
                }
            }
        }

        private void append(String s) {
            if (tableText) {
                if (cell == null) {
                    return;
                }
                if (cellSep) {
                    cell.append(' ');
                    cellSep = false;
                }
                cell.append(s.equals("\t") ? " " : s);
            } else {
                line.text.append(s);
            }
            pageHasText = true;
        }

        private void startLine() {
            line = new Line();
            line.page = page;
            lines.add(line);
        }

        private void lineBreak() {
            if (tableText) {
                cellSep = cell != null && cell.length() > 0;
            } else {
                startLine();
            }
        }

        private void pageBreak() {
            newPage();
            if (tableText) {
                cellSep = cell != null && cell.length() > 0;
                return;
            }
            if (line.text.length() == 0) {
                line.page = page;
            } else {
                startLine();
            }
            line.afterPageBreak = true;
        }

        private void newPage() {
            page++;
            breaks++;
            pageHasText = false;
        }

        private void noteReference(int cp) {
            int foot = footnotes.getNoteIndexByAnchorPosition(cp);
            if (foot >= 0) {
                footPages[foot] = page;
                append("[" + (foot + 1) + "]");
                return;
            }
            int end = endnotes.getNoteIndexByAnchorPosition(cp);
            if (end >= 0) {
                endPages[end] = page;
                append("[" + org.tematik.core.source.importer.docx.NoteLabels.roman(end + 1).toLowerCase(Locale.ROOT) + "]");
            }
        }

        /** Footnotes or endnotes as NOTE blocks "[1] text", in the order of the notes (= of their references). */
        private static void notes(List<Block> out, Range story, Notes notes, int[] pages, boolean roman, boolean paged) {
            int count = notes.getNotesCount();
            if (count == 0 || story == null) {
                return;
            }
            String text = story.text();
            for (int i = 0; i < count; i++) {
                int start = Math.max(0, Math.min(text.length(), notes.getNoteTextStartOffset(i)));
                int end = Math.max(start, Math.min(text.length(), notes.getNoteTextEndOffset(i)));
                String body = plain(text.substring(start, end)).strip();
                String label = roman ? org.tematik.core.source.importer.docx.NoteLabels.roman(i + 1).toLowerCase(Locale.ROOT)
                        : Integer.toString(i + 1);
                out.add(Block.note("[" + label + "] " + body, paged ? pages[i] : 0));
            }
        }

        /** A note's text on one line: field codes out, marks out, breaks and paragraph ends as spaces. */
        static String plain(String raw) {
            StringBuilder b = new StringBuilder(raw.length());
            java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>(); // true: in a field's code
            int code = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == 0x13) {
                    fields.push(Boolean.TRUE);
                    code++;
                } else if (c == 0x14) {
                    if (!fields.isEmpty() && fields.peek()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                        code--;
                    }
                } else if (c == 0x15) {
                    if (!fields.isEmpty() && fields.pop()) {
                        code--;
                    }
                } else if (code > 0) {
                    continue;
                } else if (c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || c == '\t' || c == 0x07) {
                    b.append(' ');
                } else if (c == 0x1E) {
                    b.append('\u2011');
                } else if (c >= 0x20) {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
