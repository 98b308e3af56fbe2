package org.tematik.core.source.importer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDFs with a text layer (issue 4): regulations, MoUs, planning documents.
 *
 * <p>The file is opened with PDFBox from the bytes already read, with a temp-file-only stream cache,
 * and read page by page ({@link LineCollector}): only small {@link TextLine}s are kept for the whole
 * document, never PDFBox's per-glyph positions, so a 2,000-page file fits in a small heap.
 *
 * <p>Then: running headers and footers are found across pages and left out ({@link RunningLines});
 * each page is put in reading order, column by column on two-column pages, and its lines are joined
 * into paragraphs with words broken at line ends re-joined ({@link PageAssembler}, {@link Hyphenation}).
 *
 * <p><b>Pages.</b> Every block lies on one page, so the page of any quote is exact: a paragraph that
 * runs on over a page break is split into two blocks at the break. A word hyphenated across the break
 * ("koordi-" at the foot of page 3, "nasi" at the top of page 4) is re-joined and kept whole at the end
 * of the block on the earlier page.
 *
 * <p><b>Refused, with a message naming the file:</b> a password-protected PDF without the password
 * (or with a wrong one); a PDF whose pages hold images but no text (a scan: OCR it first); a PDF with
 * no pages, or with pages but no text at all; a PDF so damaged that PDFBox cannot read its text. A PDF
 * that only has an owner password (restrictions on printing or copying) opens without one and imports.
 * Pages that are images only, and pages PDFBox could not read, in an otherwise readable PDF are named
 * in the import notes.
 */
public final class PdfImporter implements Importer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfImporter.class);
    private static final int MAX_DETAIL = 100;

    /** What the first pass keeps of a page. */
    private record PageText(int number, List<TextLine> lines, boolean imagesOnly, boolean failed) {
    }

    @Override
    public FileKind kind() {
        return FileKind.PDF;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public ExtractedDocument extract(ImportRequest request) {
        String name = request.fileName();
        try (PDDocument document = open(request)) {
            if (document.getNumberOfPages() == 0) {
                throw new UserException("import.pdf.noPages", name);
            }
            List<PageText> pages = new ArrayList<>();
            new LineCollector().read(document, (number, page, lines, failure) -> {
                if (failure != null) {
                    LOG.warn("page {} of {} could not be read", number, name, failure);
                }
                boolean images = false;
                boolean lost = failure != null;
                if (lines.isEmpty() && !lost) {
                    PDPage p = page != null ? page : pageOrNull(document, number);
                    images = hasImages(p);
                    lost = contentsLost(p);
                }
                pages.add(new PageText(number, lines, images, lost));
            });
            return build(request, document, pages);
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the PDF {}", name, e);
            throw new UserException(e, "import.pdf.damaged", name, reason(e));
        }
    }

    private static PDDocument open(ImportRequest request) throws IOException {
        String password = request.password() == null ? "" : request.password();
        try {
            return Loader.loadPDF(request.bytes(), password, null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            if (password.isEmpty()) {
                throw new UserException("import.pdf.needPassword", request.fileName());
            }
            try { // a password given for a batch must not keep out a PDF that only has an owner password
                return Loader.loadPDF(request.bytes(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
            } catch (InvalidPasswordException stillLocked) {
                throw new UserException("import.pdf.wrongPassword", request.fileName());
            }
        }
    }

    private ExtractedDocument build(ImportRequest request, PDDocument document, List<PageText> pages) {
        String name = request.fileName();
        if (pages.isEmpty()) {
            throw new UserException("import.pdf.noPages", name);
        }
        List<Integer> imagePages = pages.stream().filter(PageText::imagesOnly).map(PageText::number).toList();
        List<Integer> failedPages = pages.stream().filter(PageText::failed).map(PageText::number).toList();
        long textPages = pages.stream().filter(p -> !p.lines().isEmpty()).count();
        if (textPages == 0) {
            if (!imagePages.isEmpty()) {
                throw new UserException("import.pdf.noTextLayer", name, pages.size());
            }
            if (!failedPages.isEmpty()) {
                throw new UserException("import.pdf.damaged", name, Messages.tr("import.pdf.reason.noPageReadable"));
            }
            throw new UserException("import.pdf.blank", name, pages.size());
        }

        java.util.Set<TextLine> running = RunningLines.find(
                pages.stream().map(p -> new RunningLines.Page(p.number(), p.lines())).toList());
        PageAssembler assembler = new PageAssembler(body(pages));
        List<List<Block>> perPage = new ArrayList<>();
        int pagesWithRunning = 0;
        for (PageText page : pages) {
            List<TextLine> kept = page.lines().stream().filter(l -> !running.contains(l)).toList();
            pagesWithRunning += kept.size() < page.lines().size() ? 1 : 0;
            perPage.add(new ArrayList<>(assembler.blocks(page.number(), kept)));
        }
        List<Block> blocks = joinWordsAcrossPages(perPage);

        List<String> notes = new ArrayList<>();
        if (pagesWithRunning > 0) {
            notes.add(Messages.tr("import.pdf.note.runningLines", pagesWithRunning, pages.size()));
        }
        if (!imagePages.isEmpty()) {
            notes.add(Messages.tr("import.pdf.note.imagePages", ranges(imagePages), imagePages.size()));
        }
        if (!failedPages.isEmpty()) {
            notes.add(Messages.tr("import.pdf.note.failedPages", ranges(failedPages), failedPages.size()));
        }
        return new ExtractedDocument(blocks, pages.size(), "pdf", detail(document), notes);
    }

    /**
     * Blocks never span pages; only a word hyphenated across a page break is put back together, at
     * the end of the earlier page's last block.
     */
    private static List<Block> joinWordsAcrossPages(List<List<Block>> perPage) {
        for (int i = 0; i + 1 < perPage.size(); i++) {
            List<Block> here = perPage.get(i);
            int j = i + 1;
            while (j < perPage.size() && perPage.get(j).isEmpty()) {
                j++;
            }
            if (here.isEmpty() || j >= perPage.size() || j != i + 1) {
                continue;
            }
            List<Block> next = perPage.get(j);
            Block a = here.get(here.size() - 1);
            Block b = next.get(0);
            if (a.kind() != Block.Kind.PARAGRAPH || b.kind() != Block.Kind.PARAGRAPH || !Hyphenation.dehyphenates(a.text(), b.text())) {
                continue;
            }
            String word = Hyphenation.firstWord(b.text());
            String rest = b.text().substring(word.length()).strip();
            here.set(here.size() - 1, Block.paragraph(a.text().substring(0, a.text().length() - 1) + word, a.page()));
            if (rest.isEmpty()) {
                next.remove(0);
            } else {
                next.set(0, Block.paragraph(rest, b.page()));
            }
        }
        return perPage.stream().flatMap(List::stream).toList();
    }

    /** The most common font size of the text (by characters), and whether most text is bold. */
    private static PageAssembler.Body body(List<PageText> pages) {
        Map<Integer, Long> bySize = new HashMap<>();
        long chars = 0;
        long bold = 0;
        for (PageText p : pages) {
            for (TextLine l : p.lines()) {
                int n = l.text().length();
                bySize.merge(Math.round(l.em() * 2), (long) n, Long::sum);
                chars += n;
                bold += l.bold() ? n : 0;
            }
        }
        int size = bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(20);
        return new PageAssembler.Body(size / 2f, bold * 2 > chars);
    }

    private static PDPage pageOrNull(PDDocument document, int number) {
        try {
            return document.getPage(number - 1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the page's content stream is named but missing: the file was cut short or broken. */
    private static boolean contentsLost(PDPage page) {
        if (page == null) {
            return false;
        }
        COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);
        if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (dangling(array.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return dangling(contents);
    }

    private static boolean dangling(COSBase item) {
        if (!(item instanceof COSObject reference)) {
            return false;
        }
        COSBase target = reference.getObject();
        return target == null || target instanceof COSNull;
    }

    /** Whether the page draws an image (directly or inside a form), so a page without text is a scan. */
    private static boolean hasImages(PDPage page) {
        if (page == null) {
            return false;
        }
        try {
            return hasImages(page.getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "PDF 1.7, producer LibreOffice 7.3" for the source's record. */
    private static String detail(PDDocument document) {
        String detail = String.format(Locale.ROOT, "PDF %.1f", document.getVersion());
        String producer = document.getDocumentInformation().getProducer();
        if (producer != null && !producer.isBlank()) {
            String clean = producer.replaceAll("\\p{Cntrl}", " ").strip();
            detail += ", producer " + (clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) + "…" : clean);
        }
        return detail;
    }

    /** "3–5, 9" */
    static String ranges(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        int shown = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (shown == 10) {
                b.append(", …");
                break;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(pages.get(i));
            if (j > i) {
                b.append('–').append(pages.get(j));
            }
            shown++;
            i = j + 1;
        }
        return b.toString();
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
