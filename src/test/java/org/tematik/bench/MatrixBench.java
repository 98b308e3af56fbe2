package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.tematik.core.export.MatrixDocument;
import org.tematik.core.export.MatrixHtml;
import org.tematik.core.export.MatrixWorkbook;
import org.tematik.core.matrix.Cooccurrence;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.project.Project;
import org.tematik.testsupport.Db;

/**
 * Matrix speed on the design's synthetic project: 1,000 sources, 20 M characters, 200 codes (20 themes
 * of 9 sub-codes), 100,000 codings by 5 coders, 10 cases, a source and a case attribute. The data go in
 * by batch SQL (bench data only: no audit events). Not a test; run it by hand (docs/performance.md):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.tematik.bench.MatrixBench [DIR]}.
 */
public final class MatrixBench {
    static final int SOURCES = 1000;
    static final int CHARS_PER_SOURCE = 20_000;
    static final int CODINGS = 100_000;
    static final String[] TYPES = {"interview", "regulation", "agreement", "news", "field notes"};
    static final String[] METHODS = {"interview", "document analysis", "observation", "focus group", null};
    static final String[] WORDS = ("koordinasi pusat daerah anggaran sumber daya manusia kerja sama kota kembar wali kota "
            + "kebijakan peraturan pelaksanaan monitoring evaluasi mitra kapasitas kelembagaan the mayor budget").split(" ");

    private MatrixBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tematik-matrix-bench").resolve("p");
        if (!Project.exists(dir)) {
            long t = System.nanoTime();
            generate(dir);
            System.out.printf("generated %s in %.1f s%n", dir, (System.nanoTime() - t) / 1e9);
        }
        long t0 = System.nanoTime();
        try (Project p = Project.open(dir, "bench")) {
            System.out.printf("open: %.0f ms; load average %s%n", ms(System.nanoTime() - t0),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (String cols : List.of("source-type", "method", "case", "source", "coder", "attribute:region", "attribute:year")) {
                MatrixSpec spec = MatrixSpec.of(cols);
                time("matrix codes x " + cols + " (segments)", 3, 10, () -> p.matrix().build(spec));
            }
            time("matrix themes x source-type (segments)", 3, 10,
                    () -> p.matrix().build(MatrixSpec.of("source-type").withRows(MatrixSpec.Rows.THEMES)));
            time("matrix codes x case (sources)", 3, 10,
                    () -> p.matrix().build(MatrixSpec.of("case").withMeasure(MatrixSpec.Measure.SOURCES)));
            time("matrix codes x source-type (words)", 1, 3,
                    () -> p.matrix().build(MatrixSpec.of("source-type").withMeasure(MatrixSpec.Measure.WORDS)));
            Matrix m = p.matrix().build(MatrixSpec.of("source-type"));
            time("evidence of one cell", 2, 10, () -> p.matrix().evidence(m, 5, 1));
            time("evidence of the whole matrix", 1, 3, () -> p.matrix().evidence(m));
            Path out = dir.resolveSibling("bench-matrix.xlsx");
            time("XLSX export (evidence + write)", 1, 3, () -> {
                MatrixWorkbook.write(m, p.matrix().evidence(m), p.matrix().codebook(), out);
                return out;
            });
            System.out.printf("  xlsx size: %,d bytes%n", Files.size(out));
            Path docx = dir.resolveSibling("bench-matrix.docx");
            time("DOCX export", 0, 1, () -> {
                MatrixDocument.write(m, p.matrix().evidence(m), p.name(), docx);
                return docx;
            });
            Path html = dir.resolveSibling("bench-matrix.html");
            time("HTML export", 0, 1, () -> {
                MatrixHtml.write(m, p.matrix().evidence(m), p.name(), html);
                return html;
            });
            time("co-occurrence by overlap", 1, 3, () -> p.cooccurrence().build(Cooccurrence.Mode.OVERLAP));
            time("co-occurrence by paragraph", 1, 3, () -> p.cooccurrence().build(Cooccurrence.Mode.PARAGRAPH));
            System.out.printf("load average %s%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap in use after GC: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    static void time(String what, int warmups, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Object last = null;
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = work.get();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        String size = last instanceof List<?> l ? l.size() + " rows" : last instanceof Matrix mm
                ? mm.rows().size() + " x " + mm.columns().size() : last instanceof Cooccurrence c ? c.pairs().size() + " pairs" : "";
        // the machine is shared: CPU time of this thread (embedded H2 runs on it) is what an idle laptop would wait
        System.out.printf("%-42s wall median %7.1f ms (min %7.1f)  cpu median %7.1f ms (min %7.1f)  %d runs  %s%n", what,
                ms(nanos[runs / 2]), ms(nanos[0]), ms(cpu[runs / 2]), ms(cpu[0]), runs, size);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void generate(Path dir) throws Exception {
        try (Project p = Project.init(dir, "matrix bench", "bench")) {
            p.name();
        }
        Random rnd = new Random(42);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = Db.connect(dir)) {
            c.setAutoCommit(false);
            UUID bench = (UUID) Db.query(dir, "SELECT id FROM coders WHERE name = 'bench'").get(0).get("id");
            UUID[] coders = new UUID[5];
            try (PreparedStatement st = c.prepareStatement("INSERT INTO coders (id, name, created_at) VALUES (?, ?, ?)")) {
                for (int i = 0; i < coders.length; i++) {
                    coders[i] = UUID.randomUUID();
                    st.setObject(1, coders[i]);
                    st.setString(2, "coder-" + (i + 1));
                    st.setObject(3, now);
                    st.addBatch();
                }
                st.executeBatch();
            }
            UUID[] sources = new UUID[SOURCES];
            List<int[]> paragraphs = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sources (id, name, sha256, content, char_count, source_type, "
                    + "method, importer, original_file, original_name, byte_size, encoding, imported_at, imported_by, page_count, "
                    + "paragraph_count) VALUES (?, ?, ?, ?, ?, ?, ?, 'txt', ?, ?, ?, 'UTF-8', ?, ?, ?, ?)");
                 PreparedStatement para = c.prepareStatement("INSERT INTO source_paragraph_maps (source_id, paragraphs) VALUES (?, ?)")) {
                for (int s = 0; s < SOURCES; s++) {
                    sources[s] = UUID.randomUUID();
                    StringBuilder text = new StringBuilder(CHARS_PER_SOURCE + 500);
                    paragraphs.clear();
                    while (text.length() < CHARS_PER_SOURCE) {
                        int start = text.length();
                        int len = 200 + rnd.nextInt(400);
                        while (text.length() - start < len) {
                            text.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
                        }
                        text.setCharAt(text.length() - 1, '\n');
                        paragraphs.add(new int[] {start, text.length() - 1});
                    }
                    String sha = String.format("%064x", s);
                    st.setObject(1, sources[s]);
                    st.setString(2, "source-" + (s + 1));
                    st.setString(3, sha);
                    st.setString(4, text.toString());
                    st.setInt(5, text.length());
                    st.setString(6, TYPES[s % TYPES.length]);
                    st.setString(7, METHODS[s % METHODS.length]);
                    st.setString(8, "sources/" + sha + ".txt");
                    st.setString(9, "source-" + (s + 1) + ".txt");
                    st.setLong(10, text.length());
                    st.setObject(11, now);
                    st.setObject(12, bench);
                    st.setInt(13, (paragraphs.size() + 9) / 10);
                    st.setInt(14, paragraphs.size());
                    st.addBatch();
                    List<org.tematik.core.source.SourceStructure.Paragraph> map = new ArrayList<>();
                    for (int i = 0; i < paragraphs.size(); i++) {
                        map.add(new org.tematik.core.source.SourceStructure.Paragraph(i + 1, paragraphs.get(i)[0],
                                paragraphs.get(i)[1], i / 10 + 1, "body"));
                    }
                    para.setObject(1, sources[s]);
                    para.setString(2, org.tematik.core.storage.ParagraphMaps.encode(map));
                    para.addBatch();
                    if (s % 50 == 49) {
                        st.executeBatch();
                        para.executeBatch();
                    }
                }
                st.executeBatch();
                para.executeBatch();
            }
            UUID[] codes = new UUID[200];
            try (PreparedStatement st = c.prepareStatement("INSERT INTO codes (id, parent_id, name, definition, color, sort_order, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, '#4477aa', ?, ?, ?)")) {
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = UUID.randomUUID();
                    boolean theme = i % 10 == 0;
                    st.setObject(1, codes[i]);
                    st.setObject(2, theme ? null : codes[i - i % 10]);
                    st.setString(3, (theme ? "theme-" : "code-") + (i + 1));
                    st.setString(4, "Definition of code " + (i + 1));
                    st.setInt(5, i + 1);
                    st.setObject(6, now);
                    st.setObject(7, bench);
                    st.addBatch();
                }
                st.executeBatch();
            }
            UUID[] cases = new UUID[10];
            UUID region = UUID.randomUUID();
            UUID year = UUID.randomUUID();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cases (id, name, created_at) VALUES (?, ?, ?)");
                 PreparedStatement cs = c.prepareStatement("INSERT INTO case_sources (case_id, source_id) VALUES (?, ?)");
                 PreparedStatement attr = c.prepareStatement("INSERT INTO attributes (id, owner_kind, name, value_type) VALUES (?, ?, ?, ?)");
                 PreparedStatement val = c.prepareStatement("INSERT INTO attribute_values (attribute_id, owner_id, value_text, value_number) "
                         + "VALUES (?, ?, ?, ?)")) {
                attr.setObject(1, region);
                attr.setString(2, "case");
                attr.setString(3, "region");
                attr.setString(4, "text");
                attr.addBatch();
                attr.setObject(1, year);
                attr.setString(2, "source");
                attr.setString(3, "year");
                attr.setString(4, "number");
                attr.addBatch();
                attr.executeBatch();
                for (int i = 0; i < cases.length; i++) {
                    cases[i] = UUID.randomUUID();
                    st.setObject(1, cases[i]);
                    st.setString(2, "case-" + (i + 1));
                    st.setObject(3, now);
                    st.addBatch();
                    val.setObject(1, region);
                    val.setObject(2, cases[i]);
                    val.setString(3, "region-" + (i % 4 + 1));
                    val.setObject(4, null);
                    val.addBatch();
                }
                st.executeBatch();
                for (int s = 0; s < SOURCES; s++) {
                    cs.setObject(1, cases[s % 10]);
                    cs.setObject(2, sources[s]);
                    cs.addBatch();
                    if (s % 7 == 0) { // some sources belong to two cases
                        cs.setObject(1, cases[(s + 3) % 10]);
                        cs.setObject(2, sources[s]);
                        cs.addBatch();
                    }
                    if (s % 3 != 0) {
                        val.setObject(1, year);
                        val.setObject(2, sources[s]);
                        val.setString(3, null);
                        val.setObject(4, new java.math.BigDecimal(2015 + s % 8));
                        val.addBatch();
                    }
                }
                cs.executeBatch();
                val.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO codings (id, source_id, code_id, start_cp, end_cp, coder_id, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < CODINGS; i++) {
                    int start = rnd.nextInt(CHARS_PER_SOURCE - 500);
                    st.setObject(1, UUID.randomUUID());
                    st.setObject(2, sources[rnd.nextInt(SOURCES)]);
                    st.setObject(3, codes[rnd.nextInt(codes.length)]);
                    st.setInt(4, start);
                    st.setInt(5, start + 50 + rnd.nextInt(350));
                    st.setObject(6, coders[rnd.nextInt(coders.length)]);
                    st.setObject(7, now);
                    st.addBatch();
                    if (i % 5000 == 4999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            c.commit();
        }
    }
}
