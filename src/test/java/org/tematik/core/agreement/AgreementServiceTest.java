package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.TwoCoders;

/** Two coders on four paragraphs ({@link TwoCoders}): every figure below is worked out by hand in the comments. */
class AgreementServiceTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void codeByTwoCoders() throws Exception {
        project = TwoCoders.create(dir);
    }

    @Test
    void perCodeAndOverallFiguresMatchTheHandCalculation() {
        try (Project p = Project.open(project, "alice")) {
            AgreementReport r = p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH);

            assertThat(r.codes()).extracting(AgreementReport.Row::code).containsExactly("Koordinasi", "Anggaran");
            // Koordinasi: alice 1100, bob 1010. p_o = 2/4; p_e = .5*.5 + .5*.5 = .5; kappa 0.
            // Coincidences o11 = 2, o00 = 2, o01 = o10 = 2; n = 8, n0 = n1 = 4: alpha = 1 - 7 * 4 / 32 = .125
            AgreementReport.Row koordinasi = r.codes().get(0);
            assertThat(koordinasi.units()).isEqualTo(4);
            assertThat(koordinasi.percentAgreement()).isCloseTo(0.5, within(1e-12));
            assertThat(koordinasi.kappa()).isCloseTo(0.0, within(1e-12));
            assertThat(koordinasi.alpha()).isCloseTo(0.125, within(1e-12));
            // Anggaran: both 0001: everything 1
            assertThat(r.codes().get(1).kappa()).isEqualTo(1.0);
            assertThat(r.codes().get(1).alpha()).isEqualTo(1.0);
            // Overall, 8 items: alice 1100 0001, bob 1010 0001. p_o = 6/8; p_e = (3/8)^2 + (5/8)^2 = 34/64
            // kappa = (.75 - .53125) / .46875; alpha: o01 = o10 = 2, n0 = 10, n1 = 6, n = 16: 1 - 15 * 4 / 120 = .5
            assertThat(r.overall().percentAgreement()).isCloseTo(0.75, within(1e-12));
            assertThat(r.overall().kappa()).isCloseTo((0.75 - 0.53125) / 0.46875, within(1e-12));
            assertThat(r.overall().alpha()).isCloseTo(0.5, within(1e-12));
            assertThat(r.overall().alphaInterval()).isNotNull();
            assertThat(r.overall().alphaInterval()[0]).isLessThanOrEqualTo(r.overall().alphaInterval()[1]);
            assertThat(r.kappaName()).isEqualTo("Cohen's kappa");
            assertThat(r.method()).contains("paragraph").contains("Cohen's kappa (1960)").contains("1000 resamples");
            // the same data, the same interval: the bootstrap is seeded
            assertThat(p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH).overall().alphaInterval())
                    .containsExactly(r.overall().alphaInterval());
        }
    }

    @Test
    void speakerTurnsAndSentencesAreUnitsToo() {
        try (Project p = Project.open(project, "alice")) {
            assertThat(p.agreement().compare(List.of("alice", "bob"), List.of("Koordinasi"), Unit.TURN).codes().get(0).units())
                    .isEqualTo(4);
            assertThat(p.agreement().compare(List.of("alice", "bob"), List.of("Koordinasi"), Unit.SENTENCE).codes().get(0).units())
                    .isEqualTo(5); // the second paragraph holds two sentences
        }
    }

    @Test
    void charactersAreUnitsCountedByRunsWithTheSameFiguresAsCharacterByCharacter() {
        try (Project p = Project.open(project, "alice")) {
            int n = p.sources().list().get(0).chars();
            AgreementReport r = p.agreement().compare(List.of("alice", "bob"), List.of("Koordinasi"), Unit.CHARACTER);
            AgreementReport.Row k = r.codes().get(0);
            // alice codes 4 characters in paragraphs 1 and 2, bob 4 in paragraphs 1 and 3: 4 characters both,
            // 4 alice only, 4 bob only, n - 12 neither.
            double po = (n - 8.0) / n;
            double pe = Math.pow(8.0 / n, 2) + Math.pow((n - 8.0) / n, 2);
            assertThat(k.units()).isEqualTo(n);
            assertThat(k.percentAgreement()).isCloseTo(po, within(1e-12));
            assertThat(k.kappa()).isCloseTo((po - pe) / (1 - pe), within(1e-12));
            // coincidences: o11 = 8, o01 = o10 = 8, o00 = 2(n - 12); n.. = 2n, n1 = 16, n0 = 2n - 16
            assertThat(k.alpha()).isCloseTo(1 - (2.0 * n - 1) * 16 / (2 * 16 * (2.0 * n - 16)), within(1e-12));
            assertThat(k.kappaInterval()).isNull(); // neighbouring characters are not independent
            assertThat(r.method()).contains("Runs of neighbouring characters").contains("No confidence interval");
            assertThat(r.disagreements()).extracting(AgreementReport.DataRow::end)
                    .allSatisfy(end -> assertThat(end).isLessThanOrEqualTo(n));
            assertThat(r.disagreements()).hasSize(2); // alice's run in paragraph 2, bob's in paragraph 3
        }
    }

    @Test
    void unitizedAlphaComparesTheCodedStretchesWhateverTheUnit() {
        try (Project p = Project.open(project, "alice")) {
            var source = p.sources().list().get(0);
            var paras = p.sources().structure(source.id()).paragraphs();
            int p1 = paras.get(0).start() + 2;
            int p2 = paras.get(1).start() + 2;
            int p3 = paras.get(2).start() + 2;
            double expected = UnitizedAlpha.of(List.of(new UnitizedAlpha.Continuum(source.chars(), List.of(
                    List.of(new int[] {p1, p1 + 4}, new int[] {p2, p2 + 4}),
                    List.of(new int[] {p1, p1 + 4}, new int[] {p3, p3 + 4})))), 2).alpha();
            AgreementReport byParagraph = p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH);
            assertThat(byParagraph.codes().get(0).unitizedAlpha()).isCloseTo(expected, within(1e-12)).isLessThan(1);
            assertThat(byParagraph.codes().get(1).unitizedAlpha()).isEqualTo(1.0); // Anggaran: the same stretch
            assertThat(p.agreement().compare(List.of("alice", "bob"), null, Unit.CHARACTER).codes().get(0).unitizedAlpha())
                    .isEqualTo(byParagraph.codes().get(0).unitizedAlpha());
            assertThat(byParagraph.method()).contains("unitized alpha");

            // a coder's overlapping codings are joined into one stretch before comparing
            p.codings().code(source.id(), p.codebook().resolve("Koordinasi").id(), p1 + 1, p1 + 3, null);
            assertThat(p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH).codes().get(0).unitizedAlpha())
                    .isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void kappaHasASeededBootstrapIntervalToo() {
        try (Project p = Project.open(project, "alice")) {
            AgreementReport.Row overall = p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH).overall();
            assertThat(overall.kappaInterval()).hasSize(2);
            assertThat(overall.kappaInterval()[0]).isLessThanOrEqualTo(overall.kappa());
            assertThat(overall.kappaInterval()[1]).isGreaterThanOrEqualTo(overall.kappa()).isLessThanOrEqualTo(1.0);
            assertThat(p.agreement().compare(List.of("alice", "bob"), null, Unit.PARAGRAPH).overall().kappaInterval())
                    .containsExactly(overall.kappaInterval());
        }
    }

    @Test
    void badRequestsSayWhatToDo() {
        try (Project p = Project.open(project, "alice")) {
            assertThatThrownBy(() -> p.agreement().compare(List.of("alice"), null, Unit.PARAGRAPH))
                    .isInstanceOf(UserException.class).hasMessageStartingWith("Name at least two different coders");
            assertThatThrownBy(() -> p.agreement().compare(List.of("alice", "carol"), null, Unit.PARAGRAPH))
                    .hasMessageStartingWith("No coding by 'carol' is in this project.");
        }
        assertThatThrownBy(() -> Unit.parse("page")).hasMessageStartingWith("'page' is not a unit");
    }

    @Test
    void theCliPrintsTheReportAsJson() {
        CliRun run = CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = Json.read(run.out());
        assertThat(report.get("kappa").asText()).isEqualTo("Cohen's kappa");
        assertThat(report.get("codes").get(0).get("alpha").asDouble()).isCloseTo(0.125, within(1e-9));
        assertThat(report.get("overall").get("alphaCi")).hasSize(2);
        assertThat(CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob", "--unit", "page").exit()).isEqualTo(1);
        assertThat(CliRun.of("-p", project.toString(), "agreement").exit()).isEqualTo(2);
        assertThat(CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob").out())
                .contains("Koordinasi").contains("Overall").contains("0.125");
    }

    @Test
    void disagreementsAreListedWithTheirPassages() {
        CliRun run = CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob", "--disagreements");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "Koordinasi | wawancara paragraph 2 (38-84) | alice yes, bob no | \"Narasumber: Lambat sekali. Kami menunggu lama.\"",
                "Koordinasi | wawancara paragraph 3 (85-111) | alice no, bob yes | \"Pewawancara: Dan anggaran?\"",
                "2 of 8 unit values differ");
    }

    @Test
    void theXlsxHoldsTheFiguresTheMethodAndEveryUnitsValues() throws Exception {
        Path xlsx = dir.resolve("agreement.xlsx");
        CliRun run = CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob", "--format", "xlsx", "-o", xlsx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = book.getSheet("Agreement");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Cohen's kappa");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Koordinasi");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Krippendorff's alpha");
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isCloseTo(0.125, within(1e-12));
            assertThat(book.getSheet("Method").getRow(0).getCell(0).getStringCellValue()).contains("Krippendorff");
            var data = book.getSheet("Data");
            assertThat(data.getLastRowNum()).isEqualTo(8); // 2 codes x 4 paragraphs
            assertThat(data.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1.0); // alice, Koordinasi, paragraph 2
            assertThat(data.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(0.0); // bob did not
        }
        assertThat(CliRun.of("-p", project.toString(), "agreement", "--coders", "alice,bob", "--format", "xlsx").exit()).isEqualTo(2);
    }
}
