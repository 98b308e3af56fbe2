package org.tematik.core.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The import benchmark's files, generated reproducibly (fixed seed) and kept in a folder so peers can
 * read the very same bytes: a long plain text PDF (no running headers, so character counts compare
 * with pdftotext's), a long DOCX with
 * explicit page breaks, and many small interview DOCX files.
 */
public final class BenchCorpus {
    private static final String[] WORDS = ("koordinasi pemerintah daerah kerja sama kota kembar anggaran sumber daya manusia "
            + "kementerian dalam negeri luar negeri rekomendasi nota kesepahaman pelaksanaan evaluasi pemantauan program "
            + "pertukaran pelajar investasi pelabuhan the regional government shall report the implementation of cooperation "
            + "to the minister at least once a year partner city delegation agency integration leadership change").split(" ");
    private static final int LINES_PER_PAGE = 42;
    private static final int WORDS_PER_LINE = 11;

    private final Path dir;

    public BenchCorpus(Path dir) {
        this.dir = dir;
    }

    public Path bigPdf(int pages) throws IOException {
        Path file = dir.resolve("regulation-" + pages + "p.pdf");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Random random = new Random(42);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    for (int l = 0; l < LINES_PER_PAGE; l++) {
                        String text = l % 7 == 0 ? "Pasal " + (p * 6 + l / 7) : sentence(random);
                        line(out, font, 11, 60, y, text);
                        y -= 16;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public Path bigDocx(int pages) throws IOException {
        Path file = dir.resolve("planning-" + pages + "p.docx");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Random random = new Random(7);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int p = 1; p <= pages; p++) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle("Heading1");
                heading.createRun().setText("Bagian " + p);
                for (int para = 0; para < 6; para++) {
                    doc.createParagraph().createRun().setText(paragraph(random, 7));
                }
                if (p < pages) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
        return file;
    }

    public Path smallDocxFolder(int count) throws IOException {
        Path folder = dir.resolve("interviews-" + count);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        Random random = new Random(11);
        for (int i = 1; i <= count; i++) {
            try (XWPFDocument doc = new XWPFDocument();
                 OutputStream out = Files.newOutputStream(folder.resolve(String.format("wawancara-%03d.docx", i)))) {
                for (int turn = 0; turn < 12; turn++) {
                    String speaker = turn % 2 == 0 ? "Pewawancara: " : "Narasumber: ";
                    doc.createParagraph().createRun().setText(speaker + paragraph(random, turn % 2 == 0 ? 1 : 4));
                }
                doc.write(out);
            }
        }
        return folder;
    }

    private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return b.toString();
    }

    private static String sentence(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < WORDS_PER_LINE; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return b.append('.').toString();
    }
}
