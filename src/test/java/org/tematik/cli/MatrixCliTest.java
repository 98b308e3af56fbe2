package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/**
 * The matrix through the CLI: every cell must equal what `codings list --json` gives when grouped by hand
 * (with `sources list --json` for a source's type and method, and the cases the test assigned).
 */
class MatrixCliTest {
    static final String WAWANCARA_A = "Pak Budi: Koordinasi dengan pusat sangat lambat.\n"
            + "Bu Sari: Anggaran dan SDM terbatas 𝄞 untuk program kota kembar.\n"
            + "Pak Budi: Wali kota baru mengubah prioritas.\n";
    static final String WAWANCARA_B = "Ibu Rina 😀: Anggaran kerja sama dipotong tahun ini.\n"
            + "Ibu Rina: Koordinasi antar dinas membaik setelah MoU.\n";
    static final String PERDA = "Peraturan Daerah Nomor 3 Tahun 2019 tentang kerja sama daerah.\n"
            + "Pasal 1: Kerja sama dengan pihak luar negeri dikoordinasikan oleh pusat.\n"
            + "Pasal 2: Pembiayaan dibebankan pada APBD.\n";
    static final String BERITA = "Wali kota baru meninjau ulang kerja sama kota kembar.\n";
    /** Cases per source, as the test assigns them: the perda is in both, the news in none. */
    static final Map<String, List<String>> CASES = Map.of("wawancara-a", List.of("Tangerang–Yantai"),
            "wawancara-b", List.of("Bandung"), "perda", List.of("Bandung", "Tangerang–Yantai"), "berita", List.of());

    @TempDir
    static Path shared;
    static Path dir;
    static List<JsonNode> codings;
    static Map<String, JsonNode> sources;

    @BeforeAll
    static void build() {
        dir = shared.resolve("studi");
        Path files = shared.resolve("files");
        ok(CliRun.of("init", dir.toString(), "--name", "Kota kembar", "--user", "alice"));
        ok(in("alice", "import", Files2.write(files, "wawancara-a.txt", WAWANCARA_A).toString(), "--source-type", "interview",
                "--method", "interview", "--case", "Tangerang–Yantai"));
        ok(in("alice", "import", Files2.write(files, "wawancara-b.txt", WAWANCARA_B).toString(), "--source-type", "interview",
                "--method", "interview", "--case", "Bandung"));
        ok(in("alice", "import", Files2.write(files, "perda.txt", PERDA).toString(), "--source-type", "regulation",
                "--method", "document analysis", "--case", "Bandung"));
        ok(in("alice", "import", Files2.write(files, "berita.txt", BERITA).toString(), "--source-type", "news"));
        try (Project p = Project.open(dir, "alice")) { // a second case for one source: the cases CLI is another issue's
            p.casebook().assign(p.casebook().findOrCreate("Tangerang–Yantai").id(), p.sources().resolve("perda").id());
        }
        ok(in("alice", "codes", "add", "Kapasitas"));
        ok(in("alice", "codes", "add", "Anggaran", "--parent", "Kapasitas", "--definition", "Dana dan pembiayaan"));
        ok(in("alice", "codes", "add", "SDM", "--parent", "Kapasitas"));
        ok(in("alice", "codes", "add", "Koordinasi"));
        ok(in("alice", "codes", "add", "Kepemimpinan"));
        code("alice", "wawancara-a", "Koordinasi", WAWANCARA_A, "Koordinasi dengan pusat sangat lambat");
        code("bob", "wawancara-a", "Koordinasi", WAWANCARA_A, "pusat sangat lambat");
        code("alice", "wawancara-a", "Anggaran", WAWANCARA_A, "Anggaran dan SDM terbatas 𝄞");
        code("alice", "wawancara-a", "SDM", WAWANCARA_A, "SDM terbatas 𝄞 untuk");
        code("bob", "wawancara-a", "Kepemimpinan", WAWANCARA_A, "Wali kota baru mengubah prioritas");
        code("alice", "wawancara-b", "Anggaran", WAWANCARA_B, "Anggaran kerja sama dipotong");
        code("bob", "wawancara-b", "Koordinasi", WAWANCARA_B, "Koordinasi antar dinas membaik");
        code("alice", "perda", "Koordinasi", PERDA, "dikoordinasikan oleh pusat");
        code("alice", "perda", "Anggaran", PERDA, "Pembiayaan dibebankan pada APBD");
        code("bob", "perda", "Kapasitas", PERDA, "Pasal 2: Pembiayaan");
        code("alice", "berita", "Kepemimpinan", BERITA, "Wali kota baru");
        codings = list(ok(in("alice", "codings", "list", "--json")).out());
        sources = new HashMap<>();
        list(ok(in("alice", "sources", "list", "--json")).out()).forEach(s -> sources.put(s.get("name").asText(), s));
        assertThat(codings).hasSize(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"source-type", "method", "case", "source", "coder"})
    void cellsEqualTheCodingsListGroupedByHand(String dimension) {
        for (String measure : List.of("segments", "sources", "words")) {
            JsonNode m = matrix("--cols", dimension, "--measure", measure);
            assertThat(cells(m)).as("%s by %s", measure, dimension).isEqualTo(byHand(columnOf(dimension), measure, c -> code(c)));
        }
    }

    @Test
    void themesRollSubCodesUpToTheirTopLevelCode() {
        Map<String, String> theme = Map.of("Anggaran", "Kapasitas", "SDM", "Kapasitas");
        JsonNode m = matrix("--cols", "source-type", "--rows", "themes", "--measure", "sources");
        assertThat(cells(m)).isEqualTo(byHand(columnOf("source-type"), "sources", c -> theme.getOrDefault(code(c), code(c))));
        assertThat(rowNames(m)).containsExactly("Kapasitas", "Koordinasi", "Kepemimpinan");
    }

    @Test
    void aRowIsTriangulatedWhenItsEvidenceSpansKValuesAndNoValueDoesNotCount() {
        JsonNode m = matrix("--cols", "method");
        Map<String, JsonNode> rows = rowsByName(m);
        assertThat(rows.get("Koordinasi").get("span").asInt()).isEqualTo(2); // interview + document analysis
        assertThat(rows.get("Koordinasi").get("triangulated").asBoolean()).isTrue();
        assertThat(rows.get("Kepemimpinan").get("span").asInt()).isEqualTo(1); // interview + the news' missing method
        assertThat(rows.get("Kepemimpinan").get("triangulated").asBoolean()).isFalse();
        assertThat(rows.get("SDM").get("triangulated").asBoolean()).isFalse();
        JsonNode k3 = matrix("--cols", "source", "--min", "3");
        assertThat(rowsByName(k3).get("Koordinasi").get("triangulated").asBoolean()).isTrue(); // a, b, perda
        assertThat(rowsByName(k3).get("Anggaran").get("triangulated").asBoolean()).isTrue();
        assertThat(rowsByName(k3).get("Kepemimpinan").get("triangulated").asBoolean()).isFalse();
    }

    @Test
    void attributeColumnsComeFromSourceAndCaseAttributesWithANoValueColumn() {
        Path copy = copy("attr");
        UUID region = UUID.randomUUID();
        UUID year = UUID.randomUUID();
        Db.update(copy, "INSERT INTO attributes (id, owner_kind, name, value_type) VALUES (?, 'source', 'region', 'text')", region);
        Db.update(copy, "INSERT INTO attributes (id, owner_kind, name, value_type) VALUES (?, 'case', 'year', 'number')", year);
        Db.update(copy, "INSERT INTO attribute_values (attribute_id, owner_id, value_text) VALUES (?, ?, 'Banten')", region,
                UUID.fromString(sources.get("wawancara-a").get("id").asText()));
        Db.update(copy, "INSERT INTO attribute_values (attribute_id, owner_id, value_text) VALUES (?, ?, 'Jawa Barat')", region,
                UUID.fromString(sources.get("wawancara-b").get("id").asText()));
        Db.update(copy, "INSERT INTO attribute_values (attribute_id, owner_id, value_number) SELECT ?, id, 2019 FROM cases "
                + "WHERE name = 'Bandung'", year);
        Map<String, String> regions = Map.of("wawancara-a", "Banten", "wawancara-b", "Jawa Barat");
        JsonNode m = run(copy, "--cols", "attribute:region");
        assertThat(values(m)).containsExactly("Banten", "Jawa Barat", null);
        assertThat(cells(m)).isEqualTo(byHand(c -> {
            String r = regions.get(c.get("source").asText());
            return r == null ? List.of("(no value)") : List.of(r);
        }, "segments", c -> code(c)));
        JsonNode byYear = run(copy, "--cols", "attribute:year");
        assertThat(values(byYear)).containsExactly("2019", null); // wawancara-b and perda (via Bandung); the rest have none
        assertThat(cells(byYear)).isEqualTo(byHand(c -> List.of(
                Set.of("wawancara-b", "perda").contains(c.get("source").asText()) ? "2019" : "(no value)"), "segments", c -> code(c)));
        assertThat(userError(CliRun.in(copy, "alice", "matrix", "--cols", "attribute:partner", "--json")))
                .isEqualTo("No attribute called 'partner' is defined in this project. Check the name (see 'attributes').");
    }

    @Test
    void csvHoldsTheSameCellsWithSpanAndFlag() throws Exception {
        Path out = shared.resolve("m.csv");
        assertThat(ok(in("alice", "matrix", "--cols", "source-type", "--format", "csv", "-o", out.toString())).out())
                .startsWith("Wrote " + out + ": 5 rows x 3 columns, 3 triangulated (K = 2).");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFCode,interview,news,regulation,Span,Triangulated");
        assertThat(lines).contains("Kapasitas > Anggaran,2,0,1,2,yes", "Kepemimpinan,1,1,0,2,yes", "Kapasitas > SDM,1,0,0,1,no");
    }

    @Test
    void xlsxHasMatrixEvidenceAndCodebookSheets() throws Exception {
        Path out = shared.resolve("m.xlsx");
        ok(in("alice", "matrix", "--cols", "case", "-o", out.toString()));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet matrix = book.getSheet("Matrix");
            assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();
            assertThat(matrix.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Bandung");
            assertThat(matrix.getRow(0).getCell(3).getStringCellValue()).isEqualTo("(no value)");
            assertThat(matrix.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Triangulated");
            // Koordinasi: Bandung (wawancara-b, perda) and Tangerang–Yantai (a twice, perda)
            assertThat(matrix.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Koordinasi");
            assertThat(matrix.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(matrix.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(matrix.getRow(4).getCell(1).getCellStyle().getFillPattern().getCode()).isEqualTo((short) 1);
            Sheet evidence = book.getSheet("Evidence");
            int perdaCodings = (int) codings.stream().filter(c -> c.get("source").asText().equals("perda")).count();
            assertThat(evidence.getLastRowNum()).isEqualTo(codings.size() + perdaCodings); // the perda counts in both cases
            assertThat(evidence.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kapasitas");
            assertThat(evidence.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Pasal 2: Pembiayaan");
            assertThat(evidence.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3); // paragraph
            Sheet codebook = book.getSheet("Codebook");
            assertThat(codebook.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kapasitas > Anggaran");
            assertThat(codebook.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Dana dan pembiayaan");
            assertThat(codebook.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void docxHasTheTableAndQuotesWithCitationsInTheChosenLanguage() throws Exception {
        Path out = shared.resolve("m.docx");
        ok(in("alice", "matrix", "--cols", "method", "--format", "docx", "-o", out.toString(), "--lang", "id"));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(0).getCell(3).getText()).isEqualTo("(tanpa nilai)");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Matriks triangulasi: Kota kembar", "Bukti per kode",
                    "“Pembiayaan dibebankan pada APBD” (perda, par. 3; alice)", "“Wali kota baru” (berita, par. 1; alice)");
        }
    }

    @Test
    void htmlIsOneSelfContainedFile() throws Exception {
        Path out = shared.resolve("m.html");
        ok(in("alice", "matrix", "--cols", "coder", "--format", "html", "-o", out.toString()));
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<th>alice</th><th>bob</th>", "“Anggaran dan SDM terbatas 𝄞”")
                .doesNotContain("<script", "src=", "href=", "<link");
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThat(userError(in("alice", "matrix", "--cols", "region", "--json")))
                .isEqualTo("'region' is not a matrix dimension. Use source-type, method, case, source, coder or attribute:NAME.");
        assertThat(userError(in("alice", "matrix", "--cols", "case", "--measure", "pages", "--json")))
                .startsWith("'pages' is not a measure.");
        assertThat(userError(in("alice", "matrix", "--cols", "case", "--min", "0", "--json"))).startsWith("K must be 1 or more");
        CliRun noFile = in("alice", "matrix", "--cols", "case", "--format", "xlsx");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("--format needs -o FILE").doesNotContain("Exception");
    }

    @Test
    void cooccurrenceByOverlapAndParagraphEqualsHandCounts() {
        JsonNode overlap = Json.read(ok(in("alice", "cooccurrence", "--json")).out());
        JsonNode paragraph = Json.read(ok(in("alice", "cooccurrence", "--by", "paragraph", "--json")).out());
        List<String> codes = new ArrayList<>();
        overlap.get("codes").forEach(c -> codes.add(c.asText().replaceAll(".* > ", "")));
        Map<String, Integer> handOverlap = new TreeMap<>();
        Map<String, Set<String>> handParagraph = new TreeMap<>();
        for (JsonNode a : codings) {
            for (JsonNode b : codings) {
                String ca = code(a);
                String cb = code(b);
                if (ca.compareTo(cb) >= 0 || !a.get("source").equals(b.get("source"))) {
                    continue;
                }
                if (a.get("start").asInt() < b.get("end").asInt() && b.get("start").asInt() < a.get("end").asInt()) {
                    handOverlap.merge(ca + "+" + cb, 1, Integer::sum);
                }
                if (a.get("paragraph").equals(b.get("paragraph"))) { // every test segment lies in one paragraph
                    handParagraph.computeIfAbsent(ca + "+" + cb, k -> new HashSet<>()).add(a.get("source") + "/" + a.get("paragraph"));
                }
            }
        }
        assertThat(pairs(overlap, codes)).isEqualTo(handOverlap);
        Map<String, Integer> paragraphCounts = new TreeMap<>();
        handParagraph.forEach((k, v) -> paragraphCounts.put(k, v.size()));
        assertThat(pairs(paragraph, codes)).isEqualTo(paragraphCounts);
        assertThat(handOverlap).containsEntry("Anggaran+SDM", 1).containsEntry("Anggaran+Kapasitas", 1);
        List<JsonNode> where = list(ok(in("alice", "cooccurrence", "--pairs", "SDM,Anggaran", "--json")).out());
        assertThat(where).hasSize(1);
        assertThat(where.get(0).get("quoteA").asText()).isEqualTo("Anggaran dan SDM terbatas 𝄞");
        assertThat(where.get(0).get("quoteB").asText()).isEqualTo("SDM terbatas 𝄞 untuk");
        Path out = shared.resolve("co.xlsx");
        assertThat(ok(in("alice", "cooccurrence", "--by", "paragraph", "-o", out.toString())).out()).startsWith("Wrote " + out);
        assertThat(userError(in("alice", "cooccurrence", "--by", "sentence"))).startsWith("'sentence' is not a way to count");
    }

    // ---- grouping by hand ----

    /** The column values of one coding, from the codings list, the sources list and the assigned cases. */
    static Function<JsonNode, List<String>> columnOf(String dimension) {
        return c -> {
            JsonNode source = sources.get(c.get("source").asText());
            return switch (dimension) {
                case "source-type" -> List.of(source.get("sourceType").asText());
                case "method" -> List.of(source.get("method").isNull() ? "(no value)" : source.get("method").asText());
                case "source" -> List.of(c.get("source").asText());
                case "coder" -> List.of(c.get("coder").asText());
                case "case" -> CASES.get(c.get("source").asText()).isEmpty() ? List.of("(no value)")
                        : CASES.get(c.get("source").asText());
                default -> throw new IllegalArgumentException(dimension);
            };
        };
    }

    /** row name -> column value -> measure, leaving out empty cells. */
    static Map<String, Map<String, Integer>> byHand(Function<JsonNode, List<String>> columns, String measure,
                                                   Function<JsonNode, String> row) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Set<String>> distinct = new HashMap<>();
        for (JsonNode c : codings) {
            for (String col : columns.apply(c)) {
                String key = row.apply(c) + "|" + col;
                int add = switch (measure) {
                    case "segments" -> 1;
                    case "words" -> words(c.get("text").asText());
                    default -> distinct.computeIfAbsent(key, k -> new HashSet<>()).add(c.get("sourceId").asText()) ? 1 : 0;
                };
                counts.computeIfAbsent(row.apply(c), k -> new TreeMap<>()).merge(col, add, Integer::sum);
            }
        }
        return counts;
    }

    static int words(String text) {
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Map<String, Map<String, Integer>> cells(JsonNode m) {
        List<String> values = values(m);
        Map<String, Map<String, Integer>> cells = new TreeMap<>();
        for (JsonNode row : m.get("matrix")) {
            for (int i = 0; i < values.size(); i++) {
                int v = row.get("cells").get(i).asInt();
                if (v > 0) {
                    cells.computeIfAbsent(row.get("code").asText(), k -> new TreeMap<>())
                            .put(values.get(i) == null ? "(no value)" : values.get(i), v);
                }
            }
        }
        return cells;
    }

    static Map<String, Integer> pairs(JsonNode co, List<String> codes) {
        Map<String, Integer> pairs = new TreeMap<>();
        for (int a = 0; a < codes.size(); a++) {
            for (int b = 0; b < codes.size(); b++) {
                int v = co.get("counts").get(a).get(b).asInt();
                if (v > 0 && codes.get(a).compareTo(codes.get(b)) < 0) {
                    pairs.put(codes.get(a) + "+" + codes.get(b), v);
                }
            }
        }
        return pairs;
    }

    static List<String> values(JsonNode m) {
        List<String> values = new ArrayList<>();
        m.get("values").forEach(v -> values.add(v.isNull() ? null : v.asText()));
        return values;
    }

    static List<String> rowNames(JsonNode m) {
        List<String> names = new ArrayList<>();
        m.get("matrix").forEach(r -> names.add(r.get("code").asText()));
        return names;
    }

    static Map<String, JsonNode> rowsByName(JsonNode m) {
        Map<String, JsonNode> rows = new HashMap<>();
        m.get("matrix").forEach(r -> rows.put(r.get("code").asText(), r));
        return rows;
    }

    static String code(JsonNode coding) {
        return coding.get("code").asText();
    }

    // ---- running the CLI ----

    static JsonNode matrix(String... args) {
        return run(dir, args);
    }

    static JsonNode run(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of("matrix", "--json"));
        all.addAll(List.of(args));
        return Json.read(ok(CliRun.in(project, "alice", all.toArray(String[]::new))).out());
    }

    static List<JsonNode> list(String json) {
        List<JsonNode> out = new ArrayList<>();
        Json.read(json).forEach(out::add);
        return out;
    }

    static void code(String coder, String source, String code, String text, String part) {
        int[] span = BaseProject.span(text, part);
        ok(in(coder, "code", "--source", source, "--code", code, "--start", String.valueOf(span[0]), "--end",
                String.valueOf(span[1])));
    }

    static CliRun in(String user, String... args) {
        return CliRun.in(dir, user, args);
    }

    static Path copy(String name) {
        return org.tematik.testsupport.ProjectCopies.copy(dir, shared.resolve(name));
    }

    static CliRun ok(CliRun r) {
        return CliTest.ok(r);
    }

    static String userError(CliRun r) {
        return CliTest.userError(r);
    }
}
