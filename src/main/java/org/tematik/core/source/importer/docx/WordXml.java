package org.tematik.core.source.importer.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tematik.core.source.importer.Annotation;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.Block.Kind;

/**
 * Reads the text of a Word document (document.xml, then footnotes.xml and endnotes.xml) in one
 * streaming pass per part, as the reader sees it with all tracked changes accepted.
 *
 * <p>What becomes text, and how:
 * <ul>
 * <li>Paragraphs in document order, including those inside content controls (w:sdt, unless they
 * show placeholder text), custom XML, hyperlinks, smart tags and simple fields; the spaces at either
 * end of a w:t count only with xml:space="preserve", as in Word. Text boxes follow
 * the paragraph that anchors them. Field codes (w:instrText and everything between a field's begin
 * and separate) are left out; field results are kept.</li>
 * <li>A soft line break (w:br, w:cr) ends a line: the paragraph goes on in a new block of the same
 * kind, so a stored line break stands where the author put one (and "Narasumber:" after a
 * Shift+Enter still starts a speaker turn). In table rows and notes, line breaks become spaces.</li>
 * <li>Headings: a paragraph style named "heading 1".."heading 9" or "Title" (through basedOn), or an
 * outline level 0-8 on the paragraph or its style.</li>
 * <li>Tables: one TABLE_ROW block per row, cells separated by a tab; paragraphs within a cell, and
 * nested tables, are joined with spaces (tabs inside cells become spaces).</li>
 * <li>Footnotes and endnotes: the reference becomes "[1]" in the text (endnotes "[i]", or the number
 * format of settings.xml), and each note one NOTE block "[1] text" after the body, in the order of
 * the references.</li>
 * <li>Tracked changes, accepted: w:ins and w:moveTo are read, w:del, w:delText and w:moveFrom are
 * not; a deleted paragraph mark joins the paragraph with the next one; a deleted table row is left
 * out. Each w:ins, w:del and w:moveTo element counts as one change for the import notes.</li>
 * <li>Pages come only from explicit breaks: w:br w:type="page", pageBreakBefore (direct or from the
 * style, unless nothing was written on the page yet) and section breaks that start a new page (a
 * section's w:type is written at its end, so pages are shifted once the part has been read).
 * w:lastRenderedPageBreak is ignored: it records where Word last happened to lay out a page. An
 * empty line left over on either side of a page break is not kept.</li>
 * <li>Comments become annotations on the block where their range starts (commentRangeStart). When
 * the range ends in the same block, the annotation covers exactly the commented text. When it
 * ends in another block (the comment spans paragraphs or a line break), it is approximated: it runs
 * from its start to the end of that first block, since an annotation belongs to one block. A
 * comment with a reference but no range covers its whole block (in a table: from the cell on).</li>
 * </ul>
 * Not read: headers and footers, images, charts, embedded objects and altChunk parts (counted in
 * the notes). Hidden text (w:vanish) is kept, as it is part of the document's text.
 */
final class WordXml {
    /** A comment of comments.xml. */
    record Comment(String author, String text) {
    }

    /** The blocks in reading order, the page count (0 without explicit breaks) and comment counts. */
    record Result(List<Block> blocks, int pageCount, int comments, int commentsNarrowed) {
    }

    /** Paragraph properties that matter for the text. */
    private record Para(boolean heading, boolean pageBreakBefore, boolean markDeleted, Boolean sectionNewPage) {
        static final Para PLAIN = new Para(false, false, false, null);

        Para keepingMark() {
            return new Para(heading, pageBreakBefore, false, sectionNewPage);
        }
    }

    private static final class Anchor {
        Draft startDraft;
        int start;
        Draft endDraft;
        int end;
        boolean whole;
        boolean ended;
    }

    private record NoteRef(String id, String label, Draft at) {
    }

    @FunctionalInterface
    private interface Handler {
        void handle(XMLStreamReader r) throws XMLStreamException;
    }

    /** Without xml:space="preserve", Word drops the spaces at either end of a w:t (so does LibreOffice). */
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Styles styles;
    private final NoteLabels footLabels;
    private final NoteLabels endLabels;

    int insertions;
    int deletions;
    int moves;
    int altChunks;

    private List<Draft> out = new ArrayList<>();
    private final List<Boolean> sectionNewPage = new ArrayList<>();
    private int section;
    private int page = 1;
    private int explicitBreaks;
    private boolean pageHasText;
    private boolean countPages = true;

    // where text goes: the current block, and in inline mode (table rows, notes, comments) how to join
    private Draft cur;
    private boolean inline;
    private char paraSep = ' ';
    private boolean tabsAsSpace;
    private char pendingSep;
    private int containerStart;
    private boolean trimLeading;
    private boolean noSepNext;
    private int cellIndex;

    // the paragraph being read outside tables
    private final List<Draft> paraDrafts = new ArrayList<>();
    private boolean mergeNext;
    private Para mergedProps;
    private List<Draft> deferred;
    private Draft lastClosed;

    private int codeDepth;
    private final ArrayDeque<Boolean> fields = new ArrayDeque<>();
    private int depth;
    private static final int MAX_DEPTH = 200;
    private static final int MAX_AUTHOR = 200;

    private final Map<String, Anchor> anchors = new LinkedHashMap<>();
    private final List<Anchor> pendingStarts = new ArrayList<>();

    private final List<NoteRef> footRefs = new ArrayList<>();
    private final List<NoteRef> endRefs = new ArrayList<>();
    private final Map<String, Draft> footDrafts = new HashMap<>();
    private final Map<String, Draft> endDrafts = new HashMap<>();

    WordXml(Styles styles, NoteLabels footLabels, NoteLabels endLabels) {
        this.styles = styles;
        this.footLabels = footLabels;
        this.endLabels = endLabels;
    }

    // ---------------------------------------------------------------- parts

    void readDocument(XMLStreamReader r) throws XMLStreamException {
        Xml.root(r);
        while (Xml.nextChild(r)) {
            if (Xml.isW(r, "body")) {
                blocks(r);
                flushMerge();
            } else {
                Xml.skip(r);
            }
        }
    }

    boolean hasNoteRefs(boolean foot) {
        return !(foot ? footRefs : endRefs).isEmpty();
    }

    /** Reads footnotes.xml or endnotes.xml, keeping the notes the document refers to. */
    void readNotes(XMLStreamReader r, boolean foot) throws XMLStreamException {
        Map<String, NoteRef> wanted = new HashMap<>();
        for (NoteRef ref : foot ? footRefs : endRefs) {
            wanted.putIfAbsent(ref.id(), ref);
        }
        countPages = false;
        Xml.root(r);
        while (Xml.nextChild(r)) {
            String type = Xml.attr(r, "type");
            NoteRef ref = Xml.isW(r) ? wanted.get(Xml.attr(r, "id")) : null;
            if (ref == null || (type != null && !"normal".equals(type))) {
                Xml.skip(r);
                continue;
            }
            Draft d = new Draft(Kind.NOTE, 0, 0);
            d.text.append('[').append(ref.label()).append("] ");
            readInline(r, d, ' ', true);
            trimEnd(d);
            (foot ? footDrafts : endDrafts).put(ref.id(), d);
        }
    }

    /** Reads comments.xml: id to author and text (paragraphs joined with a line break). */
    static Map<String, Comment> readComments(XMLStreamReader r) throws XMLStreamException {
        WordXml x = new WordXml(Styles.NONE, NoteLabels.footnotes(null, null), NoteLabels.endnotes(null, null));
        x.countPages = false;
        Map<String, Comment> comments = new HashMap<>();
        Xml.root(r);
        while (Xml.nextChild(r)) {
            if (!Xml.isW(r, "comment")) {
                Xml.skip(r);
                continue;
            }
            String id = Xml.attr(r, "id");
            String author = Xml.attr(r, "author");
            Draft d = new Draft(Kind.PARAGRAPH, 0, 0);
            x.readInline(r, d, '\n', false);
            if (id != null) {
                String who = author == null || author.isBlank() ? null : author.strip();
                if (who != null && who.length() > MAX_AUTHOR) { // source_annotations.author is VARCHAR(200)
                    who = who.substring(0, MAX_AUTHOR - 1) + "…";
                }
                comments.put(id, new Comment(who, d.text.toString().strip()));
            }
        }
        return comments;
    }

    private void readInline(XMLStreamReader r, Draft d, char separator, boolean spaceForTabs) throws XMLStreamException {
        cur = d;
        inline = true;
        tabsAsSpace = spaceForTabs;
        paraSep = separator;
        pendingSep = 0;
        containerStart = d.length();
        trimLeading = true;
        noSepNext = false;
        codeDepth = 0;
        fields.clear();
        blocks(r);
        trimLeading = false;
        cur = null;
        inline = false;
    }

    private static void trimEnd(Draft d) {
        int n = d.text.length();
        while (n > 0 && Character.isWhitespace(d.text.charAt(n - 1))) {
            n--;
        }
        d.text.setLength(n);
    }

    /** The blocks with their final pages and comments; notes after the body, in reference order. */
    Result finish(Map<String, Comment> comments) {
        int[] extra = new int[section + 1];
        int sectionBreaks = 0;
        for (int s = 1; s <= section; s++) {
            boolean newPage = s < sectionNewPage.size() ? sectionNewPage.get(s) : true;
            if (newPage) {
                sectionBreaks++;
            }
            extra[s] = sectionBreaks;
        }
        boolean paged = explicitBreaks + sectionBreaks > 0;
        for (Draft d : out) {
            d.page += extra[Math.min(d.section, section)];
        }
        int imported = 0;
        int narrowed = 0;
        for (Map.Entry<String, Anchor> e : anchors.entrySet()) {
            Comment c = comments.get(e.getKey());
            Anchor a = e.getValue();
            Draft d = a.startDraft;
            if (c == null || d == null || d.dropped) {
                continue;
            }
            int length = d.length();
            int start = Math.min(a.start, length);
            int end;
            if (a.whole) {
                end = length;
            } else if (a.endDraft == d) {
                end = Math.max(start, Math.min(a.end, length));
            } else {
                end = length;
                narrowed++;
            }
            d.annotations.add(new Annotation(Annotation.COMMENT, start, end, c.author(), c.text()));
            imported++;
        }
        List<Block> blocks = new ArrayList<>(out.size() + footDrafts.size() + endDrafts.size());
        for (Draft d : out) {
            if (!d.dropped) {
                blocks.add(d.toBlock(paged));
            }
        }
        addNotes(blocks, footRefs, footDrafts, paged);
        addNotes(blocks, endRefs, endDrafts, paged);
        return new Result(blocks, paged ? page + sectionBreaks : 0, imported, narrowed);
    }

    private static void addNotes(List<Block> blocks, List<NoteRef> refs, Map<String, Draft> drafts, boolean paged) {
        for (NoteRef ref : refs) {
            Draft d = drafts.remove(ref.id());
            if (d != null) {
                d.page = ref.at() == null ? 0 : ref.at().page;
                blocks.add(d.toBlock(paged));
            }
        }
    }

    // ---------------------------------------------------------------- block level

    /** Reads the block-level children of the current element (body, cell, text box, note, sdtContent). */
    private void blocks(XMLStreamReader r) throws XMLStreamException {
        enter();
        while (Xml.nextChild(r)) {
            block(r);
        }
        depth--;
    }

    /** Containers nest (tables in cells, content controls, text boxes): a hostile file must not overflow the stack. */
    private void enter() throws XMLStreamException {
        if (++depth > MAX_DEPTH) {
            throw new XMLStreamException("content nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void block(XMLStreamReader r) throws XMLStreamException {
        if (!Xml.isW(r)) {
            if (Xml.isMc(r, "AlternateContent")) {
                alternate(r, this::block);
            } else {
                Xml.skip(r);
            }
            return;
        }
        switch (r.getLocalName()) {
            case "p" -> paragraph(r);
            case "tbl" -> table(r);
            case "sdt" -> sdt(r, this::blocks);
            case "customXml" -> blocks(r);
            case "ins" -> {
                insertions++;
                blocks(r);
            }
            case "moveTo" -> {
                moves++;
                blocks(r);
            }
            case "del" -> {
                deletions++;
                Xml.skip(r);
            }
            case "sectPr" -> {
                boolean newPage = sectionStartsNewPage(r);
                if (!inline) {
                    sectionType(newPage);
                }
            }
            case "commentRangeStart" -> {
                anchorStart(Xml.attr(r, "id"));
                Xml.skip(r);
            }
            case "commentRangeEnd" -> {
                anchorEnd(Xml.attr(r, "id"));
                Xml.skip(r);
            }
            case "altChunk" -> {
                altChunks++;
                Xml.skip(r);
            }
            default -> Xml.skip(r); // moveFrom, bookmarks, permissions, proofing marks
        }
    }

    /** mc:AlternateContent: the first choice only (the fallback repeats it for older readers). */
    private void alternate(XMLStreamReader r, Handler child) throws XMLStreamException {
        enter();
        boolean done = false;
        while (Xml.nextChild(r)) {
            if (!done && Xml.isMc(r, "Choice")) {
                while (Xml.nextChild(r)) {
                    child.handle(r);
                }
                done = true;
            } else {
                Xml.skip(r);
            }
        }
        depth--;
    }

    /** A content control: its content, unless it only shows the placeholder ("Click here to enter text"). */
    private void sdt(XMLStreamReader r, Handler content) throws XMLStreamException {
        boolean placeholder = false;
        while (Xml.nextChild(r)) {
            if (Xml.isW(r, "sdtPr")) {
                while (Xml.nextChild(r)) {
                    if (Xml.isW(r, "showingPlcHdr") && Xml.onOff(r)) {
                        placeholder = true;
                    }
                    Xml.skip(r);
                }
            } else if (Xml.isW(r, "sdtContent") && !placeholder) {
                content.handle(r);
            } else {
                Xml.skip(r);
            }
        }
    }

    private boolean sectionStartsNewPage(XMLStreamReader r) throws XMLStreamException {
        boolean newPage = true; // the default section type is nextPage
        while (Xml.nextChild(r)) {
            if (Xml.isW(r, "type")) {
                String v = Xml.attr(r, "val");
                newPage = !("continuous".equals(v) || "nextColumn".equals(v));
            }
            Xml.skip(r);
        }
        return newPage;
    }

    // ---------------------------------------------------------------- paragraphs

    private void paragraph(XMLStreamReader r) throws XMLStreamException {
        Para props = Para.PLAIN;
        boolean begun = false;
        while (Xml.nextChild(r)) {
            if (!begun) {
                if (Xml.isW(r, "pPr")) {
                    props = paragraphProperties(r);
                    continue;
                }
                begin(props);
                begun = true;
            }
            content(r);
        }
        if (!begun) {
            begin(props);
        }
        end(props);
    }

    private Para paragraphProperties(XMLStreamReader r) throws XMLStreamException {
        String styleId = null;
        Integer outline = null;
        Boolean pageBreak = null;
        boolean markDeleted = false;
        Boolean section = null;
        while (Xml.nextChild(r)) {
            if (!Xml.isW(r)) {
                Xml.skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "pStyle" -> {
                    styleId = Xml.attr(r, "val");
                    Xml.skip(r);
                }
                case "outlineLvl" -> {
                    outline = Styles.parseLevel(Xml.attr(r, "val"));
                    Xml.skip(r);
                }
                case "pageBreakBefore" -> {
                    pageBreak = Xml.onOff(r);
                    Xml.skip(r);
                }
                case "sectPr" -> section = sectionStartsNewPage(r);
                case "rPr" -> {
                    while (Xml.nextChild(r)) {
                        if (Xml.isW(r, "del") || Xml.isW(r, "moveFrom")) {
                            markDeleted = true;
                        }
                        Xml.skip(r);
                    }
                }
                default -> Xml.skip(r); // including pPrChange: the properties before a tracked change
            }
        }
        boolean heading = outline != null ? outline >= 0 && outline <= 8 : styles.isHeading(styleId);
        boolean breakBefore = pageBreak != null ? pageBreak : styles.pageBreakBefore(styleId);
        return new Para(heading, breakBefore, markDeleted, section);
    }

    private void begin(Para props) {
        if (inline) {
            if (!noSepNext && cur.length() > containerStart) {
                pendingSep = paraSep;
            }
            noSepNext = false;
            if (props.pageBreakBefore() && countPages && pageHasText) {
                newPage();
            }
            return;
        }
        if (mergeNext) { // the previous paragraph's mark was deleted: this one continues it
            mergeNext = false;
            return;
        }
        if (props.pageBreakBefore() && countPages && pageHasText) {
            newPage();
        }
        paraDrafts.clear();
        startDraft();
    }

    private void end(Para props) {
        if (inline) {
            noSepNext = props.markDeleted();
            return;
        }
        if (props.markDeleted()) {
            mergeNext = true;
            mergedProps = props;
            return;
        }
        Kind kind = props.heading() ? Kind.HEADING : Kind.PARAGRAPH;
        for (Draft d : paraDrafts) {
            d.kind = kind;
        }
        Draft last = cur;
        if (last.afterPageBreak && last.length() == 0) {
            drop(last);
        } else {
            lastClosed = last;
        }
        cur = null;
        paraDrafts.clear();
        if (deferred != null) {
            out.addAll(deferred);
            deferred = null;
        }
        if (props.sectionNewPage() != null) {
            sectionType(props.sectionNewPage());
            section++;
        }
    }

    /** A paragraph whose mark was deleted and that nothing followed to join: it ends here after all. */
    private void flushMerge() {
        if (mergeNext) {
            mergeNext = false;
            end(mergedProps.keepingMark());
        }
    }

    private void startDraft() {
        cur = new Draft(Kind.PARAGRAPH, page, section);
        out.add(cur);
        paraDrafts.add(cur);
        bindPendingStarts(cur);
    }

    private void bindPendingStarts(Draft d) {
        if (!pendingStarts.isEmpty()) {
            for (Anchor a : pendingStarts) {
                a.startDraft = d;
                a.start = 0;
            }
            pendingStarts.clear();
            d.anchored = true;
        }
    }

    /** An empty line left by a page break goes; comments starting on it move to the next block. */
    private void drop(Draft d) {
        if (!out.isEmpty() && out.get(out.size() - 1) == d) {
            out.remove(out.size() - 1);
        } else {
            out.remove(d);
        }
        d.dropped = true;
        if (d.anchored) {
            for (Anchor a : anchors.values()) {
                if (a.startDraft == d) {
                    a.startDraft = null;
                    pendingStarts.add(a);
                }
            }
        }
    }

    /** Records how the current section started (its sectPr, read at its end). */
    private void sectionType(boolean newPage) {
        while (sectionNewPage.size() <= section) {
            sectionNewPage.add(Boolean.TRUE);
        }
        sectionNewPage.set(section, newPage);
    }

    private void newPage() {
        page++;
        explicitBreaks++;
        pageHasText = false;
    }

    // ---------------------------------------------------------------- tables

    private void table(XMLStreamReader r) throws XMLStreamException {
        if (!inline) {
            flushMerge();
        }
        rows(r);
    }

    private void rows(XMLStreamReader r) throws XMLStreamException {
        enter();
        rowChildren(r);
        depth--;
    }

    private void rowChildren(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            if (Xml.isW(r, "tr")) {
                row(r);
            } else if (Xml.isW(r, "sdt")) {
                sdt(r, this::rows);
            } else if (Xml.isW(r, "customXml")) {
                rows(r);
            } else {
                Xml.skip(r);
            }
        }
    }

    private void row(XMLStreamReader r) throws XMLStreamException {
        boolean top = !inline;
        boolean started = false;
        Draft savedCur = cur;
        boolean savedTabs = tabsAsSpace;
        char savedSep = paraSep;
        int savedCell = cellIndex;
        while (Xml.nextChild(r)) {
            if (!started && Xml.isW(r, "trPr")) {
                if (rowDeleted(r)) {
                    deletions++;
                    while (Xml.nextChild(r)) {
                        Xml.skip(r);
                    }
                    return;
                }
                continue;
            }
            if (!started) {
                started = true;
                if (top) {
                    cur = new Draft(Kind.TABLE_ROW, page, section);
                    out.add(cur);
                    bindPendingStarts(cur);
                    inline = true;
                    tabsAsSpace = true;
                    paraSep = ' ';
                    pendingSep = 0;
                    noSepNext = false;
                    cellIndex = 0;
                }
            }
            cells(r, top);
        }
        if (top && started) {
            lastClosed = cur;
            cur = savedCur;
            inline = false;
            tabsAsSpace = savedTabs;
            paraSep = savedSep;
            pendingSep = 0;
            cellIndex = savedCell;
        }
    }

    private static boolean rowDeleted(XMLStreamReader r) throws XMLStreamException {
        boolean deleted = false;
        while (Xml.nextChild(r)) {
            if (Xml.isW(r, "del")) {
                deleted = true;
            }
            Xml.skip(r);
        }
        return deleted;
    }

    /** One child of a row: a cell, or a content control or custom XML around cells. */
    private void cells(XMLStreamReader r, boolean top) throws XMLStreamException {
        if (Xml.isW(r, "tc")) {
            if (top) {
                if (cellIndex++ > 0) {
                    cur.text.append('\t');
                }
                pendingSep = 0;
                noSepNext = false;
                containerStart = cur.length();
            }
            blocks(r);
        } else if (Xml.isW(r, "sdt")) {
            sdt(r, x -> cellChildren(x, top));
        } else if (Xml.isW(r, "customXml")) {
            cellChildren(r, top);
        } else {
            Xml.skip(r);
        }
    }

    private void cellChildren(XMLStreamReader r, boolean top) throws XMLStreamException {
        enter();
        while (Xml.nextChild(r)) {
            cells(r, top);
        }
        depth--;
    }

    // ---------------------------------------------------------------- inside paragraphs

    private void contents(XMLStreamReader r) throws XMLStreamException {
        enter();
        while (Xml.nextChild(r)) {
            content(r);
        }
        depth--;
    }

    /** A child of a paragraph (or of an inline container within one). */
    private void content(XMLStreamReader r) throws XMLStreamException {
        if (!Xml.isW(r)) {
            if (Xml.isMc(r, "AlternateContent")) {
                alternate(r, this::content);
            } else if (Xml.isMath(r) && ("oMath".equals(r.getLocalName()) || "oMathPara".equals(r.getLocalName()))) {
                math(r);
            } else {
                Xml.skip(r);
            }
            return;
        }
        switch (r.getLocalName()) {
            case "r" -> run(r);
            case "ins" -> {
                insertions++;
                contents(r);
            }
            case "moveTo" -> {
                moves++;
                contents(r);
            }
            case "del" -> {
                deletions++;
                Xml.skip(r);
            }
            case "hyperlink", "smartTag", "customXml", "dir", "bdo", "fldSimple" -> contents(r);
            case "sdt" -> sdt(r, this::contents);
            case "commentRangeStart" -> {
                anchorStart(Xml.attr(r, "id"));
                Xml.skip(r);
            }
            case "commentRangeEnd" -> {
                anchorEnd(Xml.attr(r, "id"));
                Xml.skip(r);
            }
            default -> Xml.skip(r); // moveFrom, bookmarks, proofErr, permStart...
        }
    }

    private void run(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            if (Xml.isW(r)) {
                runElement(r);
            } else if (Xml.isMc(r, "AlternateContent")) {
                alternate(r, this::runElement);
            } else {
                Xml.skip(r);
            }
        }
    }

    private void runElement(XMLStreamReader r) throws XMLStreamException {
        if (!Xml.isW(r)) {
            Xml.skip(r);
            return;
        }
        switch (r.getLocalName()) {
            case "t" -> {
                boolean preserve = "preserve".equals(r.getAttributeValue(XML_NS, "space"));
                String text = Xml.text(r);
                append(preserve ? text : xmlTrim(text));
            }
            case "tab", "ptab" -> {
                Xml.skip(r);
                append("\t");
            }
            case "br" -> {
                String type = Xml.attr(r, "type");
                Xml.skip(r);
                if ("page".equals(type)) {
                    pageBreak();
                } else {
                    lineBreak();
                }
            }
            case "cr" -> {
                Xml.skip(r);
                lineBreak();
            }
            case "noBreakHyphen" -> {
                Xml.skip(r);
                append("\u2011");
            }
            case "sym" -> {
                String ch = Xml.attr(r, "char");
                Xml.skip(r);
                symbol(ch);
            }
            case "fldChar" -> {
                String type = Xml.attr(r, "fldCharType");
                Xml.skip(r);
                fieldChar(type);
            }
            case "footnoteReference", "endnoteReference" -> {
                boolean foot = "footnoteReference".equals(r.getLocalName());
                String id = Xml.attr(r, "id");
                boolean custom = Xml.onOffAttr(Xml.attr(r, "customMarkFollows"));
                Xml.skip(r);
                noteRef(foot, id, custom);
            }
            case "commentReference" -> {
                String id = Xml.attr(r, "id");
                Xml.skip(r);
                commentRef(id);
            }
            case "drawing", "pict", "object" -> textBoxes(r);
            case "ruby" -> {
                while (Xml.nextChild(r)) {
                    if (Xml.isW(r, "rubyBase")) {
                        contents(r);
                    } else {
                        Xml.skip(r); // the phonetic guide (w:rt) is not part of the text
                    }
                }
            }
            // delText, instrText, delInstrText, rPr, softHyphen, lastRenderedPageBreak, footnoteRef,
            // annotationRef, separator marks: not text
            default -> Xml.skip(r);
        }
    }

    /** Trims XML white space (space, tab, CR, LF) only: a no-break or em space at either end stays. */
    static String xmlTrim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isXmlSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isXmlSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private void symbol(String hex) {
        if (hex == null) {
            return;
        }
        try {
            int c = Integer.parseInt(hex.trim(), 16);
            // symbol fonts (Wingdings...) map their glyphs to the private use area: no text
            if (c >= 0x20 && c < 0xD800 && !(c >= 0xE000 && c <= 0xF8FF)) {
                append(String.valueOf((char) c));
            }
        } catch (NumberFormatException ignored) {
            // not a character
        }
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.push(Boolean.TRUE);
            codeDepth++;
        } else if ("separate".equals(type)) {
            if (!fields.isEmpty() && fields.peek()) {
                fields.pop();
                fields.push(Boolean.FALSE);
                codeDepth--;
            }
        } else if ("end".equals(type) && !fields.isEmpty()) {
            if (fields.pop()) {
                codeDepth--;
            }
        }
    }

    /** Looks through a drawing or VML picture for text boxes (the fallback copy is skipped). */
    private void textBoxes(XMLStreamReader r) throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (Xml.isW(r, "txbxContent")) {
                    textBox(r);
                } else if (Xml.isMc(r, "Fallback")) {
                    Xml.skip(r);
                } else {
                    level++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
    }

    /** A text box's paragraphs: joined into the current row or note, else blocks after the paragraph. */
    private void textBox(XMLStreamReader r) throws XMLStreamException {
        if (inline || cur == null) {
            if (cur == null) {
                Xml.skip(r);
            } else {
                blocks(r);
            }
            return;
        }
        Draft savedCur = cur;
        List<Draft> savedPara = new ArrayList<>(paraDrafts);
        List<Draft> savedOut = out;
        boolean savedMerge = mergeNext;
        Para savedMergedProps = mergedProps;
        List<Draft> savedDeferred = deferred;
        Draft savedLastClosed = lastClosed;
        out = new ArrayList<>();
        paraDrafts.clear();
        mergeNext = false;
        cur = null;
        deferred = null;
        blocks(r);
        flushMerge();
        List<Draft> boxed = out;
        out = savedOut;
        cur = savedCur;
        paraDrafts.clear();
        paraDrafts.addAll(savedPara);
        mergeNext = savedMerge;
        mergedProps = savedMergedProps;
        deferred = savedDeferred == null ? new ArrayList<>() : savedDeferred;
        deferred.addAll(boxed);
        lastClosed = savedLastClosed;
    }

    private void math(XMLStreamReader r) throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (Xml.isMath(r) && "t".equals(r.getLocalName())) {
                    append(Xml.text(r));
                } else {
                    level++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
    }

    // ---------------------------------------------------------------- text, breaks, notes, comments

    private void append(String s) {
        if (cur == null || codeDepth > 0 || s.isEmpty()) {
            return;
        }
        int i = 0;
        if (trimLeading) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                return;
            }
            trimLeading = false;
        }
        StringBuilder b = cur.text;
        if (pendingSep != 0) {
            b.append(pendingSep);
            pendingSep = 0;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20) {
                b.append(c);
            } else if (c == '\t') {
                b.append(tabsAsSpace ? ' ' : '\t');
            } else if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) {
                b.append(' ');
            } // other control characters are not text
        }
        pageHasText = true;
    }

    private void lineBreak() {
        if (cur == null || codeDepth > 0) {
            return;
        }
        if (inline) {
            append(" ");
        } else {
            startDraft();
        }
    }

    private void pageBreak() {
        if (cur == null || codeDepth > 0) {
            return;
        }
        if (!countPages || inline) { // in a row or note the break is a space
            if (countPages) {
                newPage();
            }
            if (pendingSep == 0 && cur.length() > containerStart) {
                pendingSep = ' ';
            }
            return;
        }
        newPage();
        if (cur.length() == 0) { // nothing before the break on this line: the line starts on the new page
            cur.page = page;
            cur.section = section;
        } else {
            startDraft();
        }
        cur.afterPageBreak = true;
    }

    private void noteRef(boolean foot, String id, boolean customMark) {
        if (cur == null || codeDepth > 0 || id == null) {
            return;
        }
        String label = customMark ? "*" : (foot ? footLabels : endLabels).next();
        if (!customMark) { // with a custom mark, the mark itself follows as ordinary text
            append("[" + label + "]");
        }
        (foot ? footRefs : endRefs).add(new NoteRef(id, label, cur));
    }

    private void anchorStart(String id) {
        if (id == null || anchors.containsKey(id)) {
            return;
        }
        Anchor a = new Anchor();
        anchors.put(id, a);
        if (cur == null) {
            pendingStarts.add(a);
        } else {
            a.startDraft = cur;
            a.start = cur.length() + (pendingSep != 0 ? 1 : 0);
            cur.anchored = true;
        }
    }

    private void anchorEnd(String id) {
        Anchor a = id == null ? null : anchors.get(id);
        if (a == null || a.ended) {
            return;
        }
        a.ended = true;
        if (cur != null) {
            a.endDraft = cur;
            a.end = cur.length();
        } else {
            a.endDraft = lastClosed;
            a.end = lastClosed == null ? 0 : lastClosed.length();
        }
        if (a.startDraft == null) { // the range held nothing that became text
            pendingStarts.remove(a);
        }
    }

    private void commentRef(String id) {
        if (id == null || cur == null || anchors.containsKey(id)) {
            return;
        }
        Anchor a = new Anchor();
        a.whole = true;
        a.ended = true;
        a.startDraft = cur;
        a.start = inline ? containerStart : 0;
        cur.anchored = true;
        anchors.put(id, a);
    }
}
