package org.tematik.core.source.importer.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.tematik.core.source.importer.Block;

/**
 * Turns the lines of one page into blocks: reading order, then paragraphs.
 *
 * <p><b>Reading order.</b> Lines keep content-stream order unless the page has two columns: a vertical
 * strip, away from the page's edges, that no line narrower than {@value #NARROW} of the text width
 * crosses, with at least three lines on each side, most of them filling their column (that is text,
 * not a table of short cells). Then the page is read column by column: lines that cross the gutter
 * (a title, a full-width paragraph) cut it into bands, and each band is read left column, then right
 * column, top to bottom. This holds whether the PDF drew the page column by column or line by line.
 *
 * <p><b>Paragraphs.</b> Lines on one baseline that were split at wide gaps form a table row (cells
 * joined by tabs). Otherwise a line starts a new paragraph after extra vertical space, at a change of
 * font size, when it starts with a list marker ("(2)", "a.", "1.", "•") after a line that ended a
 * sentence or stopped short, when it is indented (unless
 * the line before starts a list item with a hanging indent), when it steps back after a line that did
 * not reach the right edge, when the line before stopped short of the right edge and ended a sentence
 * (or the next one starts with a capital), and at a jump to another column unless the sentence plainly
 * goes on. Paragraphs set larger than the body text, or in bold when the body is not, of at most three
 * lines and not ending with a full stop, are headings.
 */
final class PageAssembler {
    static final float NARROW = 0.55f;
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)]|\\(?[ivxlcdm]{1,5}[.)]|[•·▪◦‣∙*\\-–—])(\\s|$).*");

    /** Font size and boldness of the document's body text, to tell headings from it. */
    record Body(float em, boolean bold) {
    }

    private enum Side { ALL, LEFT, RIGHT }

    private record Placed(TextLine line, Side side) {
    }

    private static final class Row {
        final List<TextLine> cells = new ArrayList<>();
        final Side side;

        Row(TextLine first, Side side) {
            cells.add(first);
            this.side = side;
        }

        TextLine first() {
            return cells.get(0);
        }

        float x0() {
            return first().x0();
        }

        float x1() {
            return cells.get(cells.size() - 1).x1();
        }

        float baseline() {
            return first().baseline();
        }

        float em() {
            float em = cells.get(0).em();
            for (int i = 1; i < cells.size(); i++) {
                em = Math.max(em, cells.get(i).em());
            }
            return em;
        }

        boolean bold() {
            for (TextLine cell : cells) {
                if (!cell.bold()) {
                    return false;
                }
            }
            return true;
        }

        boolean table() {
            return cells.size() > 1;
        }

        String text() {
            return first().text();
        }

        String lastText() {
            return cells.get(cells.size() - 1).text();
        }
    }

    private final Body body;

    PageAssembler(Body body) {
        this.body = body;
    }

    List<Block> blocks(int page, List<TextLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Placed> ordered = readingOrder(lines);
        List<Row> rows = rows(ordered);
        float[][] columns = columnBounds(ordered);
        float pitch = pitch(rows);
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Row> paragraph = new ArrayList<>();
        Row prev = null;
        for (Row row : rows) {
            if (row.table()) {
                flush(blocks, page, text, paragraph);
                blocks.add(Block.tableRow(row.cells.stream().map(TextLine::text).toList(), page));
                prev = null;
                continue;
            }
            if (prev != null && breaksBetween(prev, row, columns, pitch)) {
                flush(blocks, page, text, paragraph);
            }
            Hyphenation.append(text, row.text());
            paragraph.add(row);
            prev = row;
        }
        flush(blocks, page, text, paragraph);
        return blocks;
    }

    private void flush(List<Block> blocks, int page, StringBuilder text, List<Row> paragraph) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            blocks.add(isHeading(paragraph, t) ? Block.heading(t, page) : Block.paragraph(t, page));
        }
        text.setLength(0);
        paragraph.clear();
    }

    private boolean isHeading(List<Row> paragraph, String text) {
        if (paragraph.isEmpty() || paragraph.size() > 3 || text.length() > 200 || text.endsWith(".")) {
            return false;
        }
        boolean larger = paragraph.stream().allMatch(r -> r.em() >= body.em() * 1.2f);
        boolean bold = !body.bold() && paragraph.stream().allMatch(Row::bold);
        return larger || bold;
    }

    private boolean breaksBetween(Row p, Row r, float[][] columns, float pitch) {
        float em = Math.max(p.em(), r.em());
        if (Math.max(p.em(), r.em()) > 1.15f * Math.min(p.em(), r.em())) {
            return true;
        }
        float[] col = columns[p.side.ordinal()];
        boolean shortLine = p.x1() < col[1] - Math.max(1.5f * em, 0.1f * (col[1] - col[0]));
        float dy = r.baseline() - p.baseline();
        if (dy < 0.3f * em || r.side != p.side) { // back up the page: another column, or drawn out of order
            return shortLine || endsSentence(p.text()) || !(startsLowercase(r.text()) || p.text().endsWith("-"));
        }
        if (dy > pitch * 1.45f + 0.1f * em) {
            return true;
        }
        if (LIST_MARKER.matcher(r.text()).matches() && (shortLine || endsSentence(p.text()))) {
            return true; // but "... sebagaimana dimaksud pada ayat" + "(2) huruf a ..." goes on
        }
        if (r.x0() > p.x0() + 0.9f * em) {
            return shortLine || !LIST_MARKER.matcher(p.text()).matches();
        }
        if (r.x0() < p.x0() - 0.9f * em) {
            return shortLine;
        }
        return shortLine && !Hyphenation.endsInWordHyphen(p.text()) && (endsSentence(p.text()) || !startsLowercase(r.text()));
    }

    /** The usual distance between baselines on this page (or 1.25 em when there are too few lines). */
    private static float pitch(List<Row> rows) {
        float[] gaps = new float[rows.size()];
        int n = 0;
        for (int i = 1; i < rows.size(); i++) {
            Row a = rows.get(i - 1);
            Row b = rows.get(i);
            float dy = b.baseline() - a.baseline();
            float em = Math.max(a.em(), b.em());
            if (a.side == b.side && dy > 0.5f * em && dy < 3f * em) {
                gaps[n++] = dy;
            }
        }
        if (n < 2) {
            return rows.isEmpty() ? 12 : rows.get(0).em() * 1.25f;
        }
        Arrays.sort(gaps, 0, n);
        return gaps[(n - 1) / 2];
    }

    /** Lines on one baseline, left to right in one column, make one row. */
    private static List<Row> rows(List<Placed> ordered) {
        List<Row> rows = new ArrayList<>();
        Row current = null;
        for (Placed p : ordered) {
            TextLine line = p.line();
            if (current != null && current.side == p.side()) {
                TextLine last = current.cells.get(current.cells.size() - 1);
                float em = Math.max(last.em(), line.em());
                if (Math.abs(line.baseline() - last.baseline()) < 0.4f * em && line.x0() >= last.x1() - 0.5f * em) {
                    current.cells.add(line);
                    continue;
                }
            }
            current = new Row(line, p.side());
            rows.add(current);
        }
        return rows;
    }

    /** [side] -> {left, right} edges of the text in that column (ALL: the whole page). */
    private static float[][] columnBounds(List<Placed> ordered) {
        float[][] b = new float[3][];
        for (Side s : Side.values()) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (Placed p : ordered) {
                if (s == Side.ALL || p.side() == s) {
                    left = Math.min(left, p.line().x0());
                    right = Math.max(right, p.line().x1());
                }
            }
            b[s.ordinal()] = new float[] {left, right};
        }
        return b;
    }

    // ---- reading order ----

    private static List<Placed> readingOrder(List<TextLine> lines) {
        float[] gutter = gutter(lines);
        if (gutter == null) {
            return lines.stream().map(l -> new Placed(l, Side.ALL)).toList();
        }
        List<TextLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingInt(TextLine::seq));
        List<Placed> out = new ArrayList<>();
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine line : byY) {
            if (line.x0() < gutter[0] && line.x1() > gutter[1]) {
                emitBand(out, left, right);
                out.add(new Placed(line, Side.ALL));
            } else if ((line.x0() + line.x1()) / 2 < (gutter[0] + gutter[1]) / 2) {
                left.add(line);
            } else {
                right.add(line);
            }
        }
        emitBand(out, left, right);
        return out;
    }

    private static void emitBand(List<Placed> out, List<TextLine> left, List<TextLine> right) {
        left.forEach(l -> out.add(new Placed(l, Side.LEFT)));
        right.forEach(l -> out.add(new Placed(l, Side.RIGHT)));
        left.clear();
        right.clear();
    }

    /** {start, end} of a column gutter, or null when the page is not laid out in two columns of text. */
    static float[] gutter(List<TextLine> lines) {
        if (lines.size() < 6) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float ems = 0;
        for (TextLine l : lines) {
            left = Math.min(left, l.x0());
            right = Math.max(right, l.x1());
            ems += l.em();
        }
        float width = right - left;
        float em = ems / lines.size();
        if (width < 10 * em) {
            return null;
        }
        List<TextLine> narrow = lines.stream().filter(l -> l.width() < NARROW * width).toList();
        if (narrow.size() < 6) {
            return null;
        }
        int bins = (int) Math.ceil(width);
        boolean[] covered = new boolean[bins + 1];
        for (TextLine l : narrow) {
            int a = Math.max(0, (int) Math.floor(l.x0() - left));
            int b = Math.min(bins, (int) Math.ceil(l.x1() - left));
            Arrays.fill(covered, a, b + 1, true);
        }
        int bestStart = -1;
        int bestLength = 0;
        int i = 0;
        while (i <= bins) {
            if (covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j <= bins && !covered[j]) {
                j++;
            }
            float middle = (i + j) / 2f;
            boolean inside = i > 0 && j <= bins && middle > 0.15f * width && middle < 0.85f * width;
            if (inside && j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestStart < 0 || bestLength < 0.8f * em) {
            return null;
        }
        float g0 = left + bestStart;
        float g1 = left + bestStart + bestLength;
        List<TextLine> leftSide = narrow.stream().filter(l -> l.x1() <= g0 + 1).toList();
        List<TextLine> rightSide = narrow.stream().filter(l -> l.x0() >= g1 - 1).toList();
        return isText(leftSide) && isText(rightSide) ? new float[] {g0, g1} : null;
    }

    /** At least three lines, most of which fill the column (table cells of varied length do not). */
    private static boolean isText(List<TextLine> side) {
        if (side.size() < 3) {
            return false;
        }
        float l = (float) side.stream().mapToDouble(TextLine::x0).min().orElse(0);
        float r = (float) side.stream().mapToDouble(TextLine::x1).max().orElse(0);
        long full = side.stream().filter(t -> t.width() >= 0.7f * (r - l)).count();
        return full * 2 > side.size();
    }

    // ---- text tests ----

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && ")]}\"'”’»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;。！？：；".indexOf(text.charAt(i)) >= 0;
    }

    static boolean startsLowercase(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.isLowerCase(cp);
            }
            if (Character.isDigit(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
