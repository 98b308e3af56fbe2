package org.tematik.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small flowing-text layout on A4 for the audit report: headings, wrapped paragraphs, table rows with
 * fixed column widths, page numbers. Uses the standard Helvetica/Courier fonts (nothing to embed);
 * characters they cannot show (emoji, other scripts) are written as '?'.
 */
final class AuditPdfWriter implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private final String footer;
    private PDPageContentStream out;
    private float y;
    private int pages;

    AuditPdfWriter(String footer) {
        this.footer = footer;
    }

    void title(String text) throws IOException {
        paragraph(text, bold, 18, 8);
    }

    void heading(String text) throws IOException {
        if (out != null && y < MARGIN + 80) {
            newPage();
        }
        space(10);
        paragraph(text, bold, 13, 4);
    }

    void subheading(String text) throws IOException {
        space(4);
        paragraph(text, bold, 10, 2);
    }

    void text(String text) throws IOException {
        paragraph(text, regular, 9.5f, 3);
    }

    void code(String text) throws IOException {
        paragraph(text, mono, 8.5f, 3);
    }

    void space(float points) {
        y -= points;
    }

    /** One table row; widths are shares of the text width. A bold row is a header. */
    void row(float[] widths, boolean header, String... cells) throws IOException {
        PDType1Font font = header ? bold : regular;
        float size = 8.5f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(cells[i] == null ? "" : cells[i], font, size, widths[i] * WIDTH - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float lead = size * 1.3f;
        ensure(lines * lead + 2);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float ly = y;
            for (String line : wrapped.get(i)) {
                show(line, font, size, x, ly);
                ly -= lead;
            }
            x += widths[i] * WIDTH;
        }
        y -= lines * lead + 2;
    }

    void save(Path file) throws IOException {
        closePage();
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void paragraph(String text, PDType1Font font, float size, float after) throws IOException {
        float lead = size * 1.35f;
        for (String raw : text.split("\n", -1)) {
            for (String line : wrap(raw, font, size, WIDTH)) {
                ensure(lead);
                show(line, font, size, MARGIN, y);
                y -= lead;
            }
        }
        y -= after;
    }

    private void ensure(float height) throws IOException {
        if (out == null || y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (out != null) {
            show(footer + "  ·  " + pages, regular, 7.5f, MARGIN, MARGIN - 10);
            out.close();
            out = null;
        }
    }

    private void show(String line, PDType1Font font, float size, float x, float atY) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, atY - size);
        out.showText(line);
        out.endText();
    }

    /** Greedy word wrap; a word longer than the line (a hash) is cut. */
    private List<String> wrap(String raw, PDType1Font font, float size, float width) throws IOException {
        String text = printable(raw, font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String s, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private String printable(String s, PDType1Font font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int c = cp == '\t' ? ' ' : cp;
            boolean ok = c >= 32 && encodable.computeIfAbsent(c, k -> canEncode(font, k));
            b.append(ok ? Character.toString(c) : "?");
        });
        return b.toString();
    }

    private static boolean canEncode(PDType1Font font, int cp) {
        try {
            font.encode(Character.toString(cp));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
