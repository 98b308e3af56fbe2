package org.tematik.core.source.importer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * document, never PDFBox's per-glyph positions, so a 2,000-page file fits in a small heap. A document
 * of {@value #MIN_PAGES_PER_THREAD} pages or more per thread is read on two threads (one on a single
 * core; system property {@value #THREADS_PROPERTY} to change it), each with its own {@code PDDocument}
 * over the same bytes; the pages are put back in order before anything else looks at them, so the
 * result does not depend on the number of threads.
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
    /** System property: how many threads read the pages of one PDF (default: 2, or 1 on a single core). */
    static final String THREADS_PROPERTY = "tematik.pdf.threads";
    /** A thread gets at least this many pages; smaller documents are read on the calling thread alone. */
    static final int MIN_PAGES_PER_THREAD = 8;
    /** Runs of pages each thread takes in turn (more, shorter runs even out pages that take longer). */
    private static final int RUNS_PER_THREAD = 4;

    /** What the first pass keeps of a page. */
    private record PageText(int number, List<TextLine> lines, boolean imagesOnly, boolean failed) {
    }

    private final int threads;

    public PdfImporter() {
        this(defaultThreads());
    }

    /** An importer reading each PDF on up to {@code threads} threads (1: sequentially, on the caller's). */
    PdfImporter(int threads) {
        this.threads = Math.max(1, threads);
    }

    static int defaultThreads() {
        Integer configured = Integer.getInteger(THREADS_PROPERTY);
        if (configured != null) {
            return Math.max(1, Math.min(configured, 16));
        }
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
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
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UserException("import.pdf.noPages", name);
            }
            int workers = Math.min(threads, count / MIN_PAGES_PER_THREAD);
            List<PageText> pages = workers > 1 ? readInParallel(request, document, count, workers)
                    : read(document, name, 1, Integer.MAX_VALUE);
            return build(request, document, pages);
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the PDF {}", name, e);
            throw new UserException(e, "import.pdf.damaged", name, reason(e));
        }
    }

    /** Pages {@code first} to {@code last} of {@code document}, in order (see {@link LineCollector#read}). */
    private static List<PageText> read(PDDocument document, String name, int first, int last) throws IOException {
        List<PageText> pages = new ArrayList<>();
        new LineCollector().read(document, first, last, (number, page, lines, failure) -> {
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
        return pages;
    }

    /**
     * Reads the pages on {@code workers} threads (this one and {@code workers - 1} more), each with a
     * {@code PDDocument} of its own over the same bytes (PDFBox documents are not thread-safe): the
     * threads take runs of consecutive pages in turn, and the runs are put back in page order, so the
     * result is the same as {@link #read} over the whole document. A failure on any thread (one that is
     * not one page's: those are kept as failed pages) fails the whole reading, as it would have failed
     * sequentially; a thread that cannot open its copy leaves its share to the others.
     */
    private static List<PageText> readInParallel(ImportRequest request, PDDocument document, int count, int workers)
            throws IOException {
        String name = request.fileName();
        int runLength = Math.max(MIN_PAGES_PER_THREAD, (count + workers * RUNS_PER_THREAD - 1) / (workers * RUNS_PER_THREAD));
        int runs = (count + runLength - 1) / runLength;
        List<List<PageText>> byRun = new ArrayList<>(java.util.Collections.nCopies(runs, null));
        Throwable[] failures = new Throwable[runs];
        AtomicInteger nextRun = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Callable<Void> worker = () -> {
            try (PDDocument own = open(request)) {
                readRuns(own, name, count, runLength, runs, nextRun, stop, byRun, failures);
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "tematik-pdf");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> others = new ArrayList<>();
            for (int i = 1; i < workers; i++) {
                others.add(pool.submit(worker));
            }
            readRuns(document, name, count, runLength, runs, nextRun, stop, byRun, failures);
            for (Future<Void> f : others) {
                try {
                    f.get();
                } catch (ExecutionException e) { // that thread could not open its copy: the others read its share
                    LOG.debug("a second reader of {} could not open it", name, e.getCause());
                }
            }
            for (Throwable t : failures) {
                if (t != null) {
                    throw rethrow(t);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new java.io.InterruptedIOException("interrupted while reading the PDF");
        } finally {
            pool.shutdownNow();
        }
        List<PageText> pages = new ArrayList<>();
        byRun.forEach(pages::addAll);
        return pages;
    }

    /** Takes runs of pages until there are none left (or another thread failed), keeping what each gave. */
    private static void readRuns(PDDocument document, String name, int count, int runLength, int runs, AtomicInteger nextRun,
                                 AtomicBoolean stop, List<List<PageText>> byRun, Throwable[] failures) {
        int run;
        while (!stop.get() && (run = nextRun.getAndIncrement()) < runs) {
            int first = run * runLength + 1;
            int last = run == runs - 1 ? Integer.MAX_VALUE : Math.min(count, first + runLength - 1);
            try {
                List<PageText> pages = read(document, name, first, last);
                synchronized (byRun) {
                    byRun.set(run, pages);
                }
            } catch (IOException | RuntimeException | Error e) {
                synchronized (byRun) {
                    failures[run] = e;
                }
                stop.set(true);
                return;
            }
        }
    }

    private static IOException rethrow(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
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
        // pages are put together independently, so a long document's are shared out like its reading
        var pageStream = threads > 1 && pages.size() >= 2 * MIN_PAGES_PER_THREAD ? pages.parallelStream() : pages.stream();
        List<List<Block>> perPage = pageStream.<List<Block>>map(page -> new ArrayList<>(assembler.blocks(page.number(),
                page.lines().stream().filter(l -> !running.contains(l)).toList()))).toList();
        int pagesWithRunning = (int) pages.stream().filter(p -> p.lines().stream().anyMatch(running::contains)).count();
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
