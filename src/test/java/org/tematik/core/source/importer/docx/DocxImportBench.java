package org.tematik.core.source.importer.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;

/**
 * Not a test: the by-hand speed check of the DOCX importer (timings never go into tests).
 * <pre>
 * java -cp target/classes:target/test-classes:DEPS org.tematik.core.source.importer.docx.DocxImportBench generate DIR
 * java -cp ... org.tematik.core.source.importer.docx.DocxImportBench run DIR
 * </pre>
 * {@code generate} writes DIR/big.docx (1,000 pages of about 3,000 characters, an explicit page break
 * after each page, interview turns) and DIR/small/ with 500 one-page transcripts. {@code run} times,
 * in one JVM, the extraction of big.docx alone and its import into a new project (H2 included), each
 * five times in fresh projects, and one import of the 500 small files with 2 jobs.
 */
public final class DocxImportBench {
    private static final String[] WORDS = ("koordinasi antar dinas lambat karena anggaran rapat ditunda kepala desa warga"
            + " program bantuan sosial data penerima tidak sesuai kami sudah melapor tetapi belum ada tanggapan dari"
            + " kabupaten menurut saya masalahnya komunikasi petugas lapangan sering berganti jadi informasi hilang"
            + " ibu bapak posyandu puskesmas sekolah jalan rusak musim hujan panen harga pupuk naik").split(" ");

    private DocxImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(dir);
        } else {
            run(dir);
        }
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("small"));
        write(dir.resolve("big.docx"), 1000, 3000, new Random(1));
        for (int i = 0; i < 500; i++) {
            write(dir.resolve("small").resolve(String.format("wawancara-%03d.docx", i)), 1, 3000, new Random(100 + i));
        }
    }

    private static void write(Path file, int pages, int charsPerPage, Random random) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            boolean interviewer = true;
            for (int page = 0; page < pages; page++) {
                int chars = 0;
                XWPFRun last = null;
                while (chars < charsPerPage) {
                    StringBuilder b = new StringBuilder(interviewer ? "Pewawancara: " : "Narasumber: ");
                    interviewer = !interviewer;
                    int target = 200 + random.nextInt(400);
                    while (b.length() < target) {
                        b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    b.setLength(b.length() - 1);
                    b.append('.');
                    last = d.createParagraph().createRun();
                    last.setText(b.toString());
                    chars += b.length();
                }
                if (page + 1 < pages) {
                    last.addBreak(BreakType.PAGE);
                }
            }
            d.write(out);
        }
    }

    static void run(Path dir) throws Exception {
        Path big = dir.resolve("big.docx");
        byte[] bytes = Files.readAllBytes(big);
        System.out.printf("big.docx: %,d bytes%n", bytes.length);
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            ExtractedDocument doc = new DocxImporter().extract(new ImportRequest(big, bytes, null, ImportLimits.DEFAULT));
            long t1 = System.nanoTime();
            int chars = doc.blocks().stream().mapToInt(b -> b.text().length() + 1).sum();
            System.out.printf("extract %d: %d ms (%,d blocks, %,d chars, %d pages)%n", i + 1, (t1 - t0) / 1_000_000,
                    doc.blocks().size(), chars, doc.pageCount());
        }
        for (int i = 0; i < 5; i++) {
            Path projectDir = Files.createTempDirectory("bench-docx");
            try (Project p = Project.init(projectDir.resolve("p"), "Bench", "bench")) {
                long t0 = System.nanoTime();
                ImportOutcome o = p.sources().importFile(big, ImportOptions.of("interview", "interview"));
                long t1 = System.nanoTime();
                System.out.printf("import %d (H2 included): %d ms, %s, %,d chars, %d pages, %,d paragraphs%n", i + 1,
                        (t1 - t0) / 1_000_000, o.status(), o.source().chars(), o.source().pageCount(), o.source().paragraphCount());
            }
            delete(projectDir);
        }
        List<Path> small = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("small"))) {
            s.sorted().forEach(small::add);
        }
        Path projectDir = Files.createTempDirectory("bench-docx");
        try (Project p = Project.init(projectDir.resolve("p"), "Bench", "bench")) {
            ImportOptions two = new ImportOptions("interview", "interview", null, null, 2, ImportLimits.DEFAULT);
            long t0 = System.nanoTime();
            List<ImportOutcome> out = p.sources().importFiles(small, two, o -> { }, () -> false);
            long t1 = System.nanoTime();
            System.out.printf("500 small files, 2 jobs: %d ms, %d imported%n", (t1 - t0) / 1_000_000,
                    out.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count());
        }
        delete(projectDir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
