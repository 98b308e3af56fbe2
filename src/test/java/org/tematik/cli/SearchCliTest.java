package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.Json;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.ProjectCopies;

class SearchCliTest {
    @TempDir
    static Path shared;
    static Path base;
    @TempDir
    Path tmp;

    @BeforeAll
    static void createBase() {
        base = BaseProject.create(shared);
    }

    private Path project() {
        return ProjectCopies.copy(base, tmp.resolve("p"));
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void searchPrintsSourceOffsetsAndSnippetAsJson() {
        Path dir = project();
        JsonNode hits = Json.read(ok(CliRun.in(dir, "alice", "search", "koordinasi", "--json")).out());
        assertThat(hits).hasSize(2);
        JsonNode first = hits.get(0);
        int[] expected = BaseProject.span(BaseProject.REGULATION_TEXT, "dikoordinasikan");
        assertThat(first.get("source").asText()).isEqualTo(BaseProject.REGULATION);
        assertThat(first.get("start").asInt()).isEqualTo(expected[0]);
        assertThat(first.get("end").asInt()).isEqualTo(expected[1]);
        assertThat(first.get("snippet").asText()).contains("dikoordinasikan oleh pusat");
        assertThat(first.has("page")).isTrue();
        int[] interview = BaseProject.span(BaseProject.INTERVIEW_TEXT, "Koordinasi");
        assertThat(hits.get(1).get("start").asInt()).isEqualTo(interview[0]);

        String text = ok(CliRun.in(dir, "alice", "search", "\"kerja sama\"", "--lang", "id")).out();
        assertThat(text).contains(BaseProject.REGULATION).contains("2 hits in 2 paragraphs");
        assertThat(ok(CliRun.in(dir, "alice", "search", "koordinasi", "--lang", "en")).out()).contains("0 hits");
    }

    @Test
    void badQueriesAndOptionsAreUserErrors() {
        Path dir = project();
        CliRun bad = CliRun.in(dir, "alice", "search", "\"kerja sama");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("cannot read the query").doesNotContain("at org.");
        assertThat(CliRun.in(dir, "alice", "search", "x", "--lang", "jv").exit()).isEqualTo(1);
        assertThat(CliRun.in(dir, "alice", "autocode", "x", "--code", "c", "--unit", "page").exit()).isEqualTo(1);
        assertThat(CliRun.in(dir, "alice", "autocode", "x").exit()).as("--code is required").isEqualTo(2);
    }

    @Test
    void autocodeCodesEveryHitAndOneUndoRemovesThem() {
        Path dir = project();
        ok(CliRun.in(dir, "alice", "codes", "add", "central coordination"));
        String out = ok(CliRun.in(dir, "alice", "autocode", "koordinasi OR pusat OR anggaran", "--code", "central coordination",
                "--unit", "paragraph")).out();
        assertThat(out).contains("Coded 3 segments (paragraph) as 'central coordination' from 5 hits");
        assertThat(Json.read(ok(CliRun.in(dir, "alice", "codings", "list", "--json")).out())).hasSize(3);
        ok(CliRun.in(dir, "alice", "undo"));
        assertThat(Json.read(ok(CliRun.in(dir, "alice", "codings", "list", "--json")).out())).isEmpty();
        assertThat(ok(CliRun.in(dir, "alice", "audit", "verify")).exit()).isZero();
    }

    @Test
    void casesAndAttributesFromTheCommandLine() {
        Path dir = project();
        ok(CliRun.in(dir, "alice", "cases", "add", "Tangerang–Yantai", "--attr", "country=China", "--attr", "year=2019"));
        ok(CliRun.in(dir, "alice", "cases", "assign", "Tangerang–Yantai", BaseProject.INTERVIEW, BaseProject.REGULATION));
        ok(CliRun.in(dir, "alice", "attributes", "set", "--case", "Tangerang–Yantai", "region=Banten"));
        ok(CliRun.in(dir, "alice", "attributes", "set", "--source", BaseProject.REGULATION, "language=id"));
        JsonNode cases = Json.read(ok(CliRun.in(dir, "alice", "cases", "list", "--json")).out());
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).get("name").asText()).isEqualTo("Tangerang–Yantai");
        assertThat(cases.get(0).get("sources")).hasSize(2);
        assertThat(cases.get(0).get("attributes").get("year").asText()).isEqualTo("2019");
        assertThat(cases.get(0).get("attributes").get("region").asText()).isEqualTo("Banten");

        CliRun bad = CliRun.in(dir, "alice", "attributes", "set", "--case", "Tangerang–Yantai", "year=next year");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("next year").contains("year");
        assertThat(CliRun.in(dir, "alice", "attributes", "set", "--case", "A", "--source", "B", "x=1").exit()).isEqualTo(2);

        Path csv = Files2.write(tmp, "partners.csv", "case,country,year\nBandung–Braunschweig,Germany,1960\nTangerang–Yantai,China,2019\n");
        assertThat(ok(CliRun.in(dir, "alice", "attributes", "import", csv.toString())).out())
                .contains("Imported 2 rows from partners.csv: 1 new cases, 0 new attributes, 4 values");
        Path xlsx = tmp.resolve("table.xlsx");
        ok(CliRun.in(dir, "alice", "attributes", "export", xlsx.toString()));
        assertThat(xlsx).exists();
        CliRun badCsv = CliRun.in(dir, "alice", "attributes", "import",
                Files2.write(tmp, "bad.csv", "case,year\nSurabaya–Busan,next year\n").toString());
        assertThat(badCsv.exit()).isEqualTo(1);
        assertThat(badCsv.err()).contains("bad.csv, row 2, column B (year): 'next year' is not a number");
        assertThat(Json.read(ok(CliRun.in(dir, "alice", "cases", "list", "--json")).out())).hasSize(2);
    }
}
