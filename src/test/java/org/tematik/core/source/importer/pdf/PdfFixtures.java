package org.tematik.core.source.importer.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds test PDFs with PDFBox, so no binary fixture is committed. A page is a list of {@link Text}s
 * placed at points from the top left (as a reader sees the page); helpers lay out paragraphs, columns,
 * running headers and footers.
 */
final class PdfFixtures {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 72;
    static final float SIZE = 11;
    static final float PITCH = 14;
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path CJK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** Chooses the font of a text once the document exists (embedded fonts belong to one document). */
    enum Face { HELVETICA, HELVETICA_BOLD, DEJAVU, CJK }

    /** One run of text, baseline at {@code y} points from the top of the page. */
    record Text(String text, float x, float y, float size, Face face) {
        Text(String text, float x, float y) {
            this(text, x, y, SIZE, Face.HELVETICA);
        }
    }

    /** Where the cursor is after laying out text: the next baseline. */
    static final class Cursor {
        float y;

        Cursor(float y) {
            this.y = y;
        }
    }

    private PdfFixtures() {
    }

    // ---- documents ----

    static byte[] pdf(List<List<Text>> pages) {
        return pdf(pages, null, List.of());
    }

    /** Pages of text; {@code protection} encrypts; {@code imagePages} (0-based) get a picture and no text. */
    static byte[] pdf(List<List<Text>> pages, StandardProtectionPolicy protection, List<Integer> imagePages) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setProducer("Tematik test fixtures");
            PDFont[] fonts = new PDFont[Face.values().length];
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (imagePages.contains(i)) {
                        drawImage(doc, cs);
                    }
                    for (Text t : pages.get(i)) {
                        cs.beginText();
                        cs.setFont(font(doc, fonts, t.face()), t.size());
                        cs.newLineAtOffset(t.x(), HEIGHT - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] imageOnly(int pages) {
        List<List<Text>> empty = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            empty.add(List.of());
            all.add(i);
        }
        return pdf(empty, null, all);
    }

    static byte[] noPages() {
        try (PDDocument doc = new PDDocument()) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StandardProtectionPolicy passwords(String owner, String user, boolean mayCopy) {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(mayCopy);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permission);
        policy.setEncryptionKeyLength(256);
        return policy;
    }

    // ---- layout ----

    /** Left-aligned lines of one paragraph, one pitch apart, from the cursor; a blank line after it. */
    static void paragraph(List<Text> page, Cursor c, float x, String... lines) {
        for (String line : lines) {
            page.add(new Text(line, x, c.y));
            c.y += PITCH;
        }
        c.y += PITCH * 0.8f;
    }

    /** Splits {@code text} into lines no wider than {@code width} in 11 pt Helvetica. */
    static List<String> wrap(String text, float width) {
        try {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A wrapped paragraph, full text width. */
    static void wrapped(List<Text> page, Cursor c, String text) {
        paragraph(page, c, MARGIN, wrap(text, WIDTH - 2 * MARGIN).toArray(String[]::new));
    }

    /** Runs in different fonts set one after another on one line, a space apart: face, text, face, text... */
    static List<Text> runs(float x, float y, Object... faceThenText) {
        List<Text> out = new ArrayList<>();
        try (PDDocument scratch = new PDDocument()) {
            PDFont[] fonts = new PDFont[Face.values().length];
            for (int i = 0; i < faceThenText.length; i += 2) {
                Face face = (Face) faceThenText[i];
                String text = (String) faceThenText[i + 1];
                out.add(new Text(text, x, y, SIZE, face));
                x += font(scratch, fonts, face).getStringWidth(text) / 1000 * SIZE + 0.3f * SIZE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Text> page() {
        return new ArrayList<>();
    }

    // ---- internals ----

    private static PDFont font(PDDocument doc, PDFont[] fonts, Face face) throws IOException {
        if (fonts[face.ordinal()] == null) {
            fonts[face.ordinal()] = switch (face) {
                case HELVETICA -> new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                case HELVETICA_BOLD -> new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
                case DEJAVU -> PDType0Font.load(doc, DEJAVU.toFile());
                case CJK -> PDType0Font.load(doc, CJK.toFile());
            };
        }
        return fonts[face.ordinal()];
    }

    private static void drawImage(PDDocument doc, PDPageContentStream cs) throws IOException {
        BufferedImage scan = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(Color.DARK_GRAY);
        for (int y = 20; y < 150; y += 12) {
            g.fillRect(10, y, 100, 4); // looks like lines of text, but is only pixels
        }
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
        cs.drawImage(image, MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION); // a classic xref table, as most producers write

        return out.toByteArray();
    }

    static boolean fontExists(Path font) {
        return Files.isReadable(font);
    }
}
