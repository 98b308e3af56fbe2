package org.tematik.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.Files2;

class CodebookExchangeTest {
    @TempDir
    Path tmp;

    private static List<Qda.Code> codes(Path dir) {
        try (Project p = Project.open(dir, "carol")) {
            return ProjectSnapshot.read(p.exchange().jdbi(), p.name()).codes();
        }
    }

    private static List<String> describe(List<Qda.Code> codes) {
        return codes.stream().map(c -> c.guid() + " " + c.parent() + " " + c.name() + " " + c.color() + " " + c.definition()
                + " | " + c.inclusion() + " | " + c.exclusion() + " | " + c.example()).sorted().toList();
    }

    @Test
    void aQdcCarriesTheWholeCodebookAndMergingOneReportsEditedCodes() {
        Path a = tmp.resolve("a");
        try (Project p = Project.init(a, "A", "alice")) {
            ExchangeFixtures.rich(p, 1, 0, 3);
            p.exchange().exportQdc(tmp.resolve("a.qdc"));
        }
        ExchangeReport imported = ExchangeService.importProject(tmp.resolve("a.qdc"), tmp.resolve("b"), "carol");
        assertThat(imported.losses()).isEmpty();
        assertThat(describe(codes(tmp.resolve("b")))).containsExactlyElementsOf(describe(codes(a)));
        assertThat(describe(codes(a))).anyMatch(l -> l.contains("| null | Tidak termasuk: berita | null"))
                .anyMatch(l -> l.endsWith("| Termasuk: pernyataan pejabat | null | \"Anggaran terbatas\""));

        try (Project b = Project.open(tmp.resolve("b"), "carol")) {
            b.codebook().rename("Prosedur birokrasi", "Prosedur birokrasi pusat");
            ExchangeReport merged = b.exchange().merge(tmp.resolve("a.qdc"));
            assertThat(merged.conflicts()).singleElement().satisfies(c -> assertThat(c.message())
                    .contains("'Prosedur birokrasi pusat' differs", "name 'Prosedur birokrasi'"));
            assertThat(merged.addedCount("codes")).isZero();
        }
    }

    @Test
    void sourcesWithTheSameTextAreCombinedAndSaidSo() {
        String text = "<PlainTextContent>Sama persis 😀 teksnya.</PlainTextContent>";
        String code = "<CodeBook><Codes><Code guid=\"11111111-1111-4111-8111-111111111111\" name=\"A\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>";
        String selection = "<PlainTextSelection guid=\"%s\" startPosition=\"%d\" endPosition=\"%d\"><Coding guid=\"%s\">"
                + "<CodeRef targetGUID=\"11111111-1111-4111-8111-111111111111\"/></Coding></PlainTextSelection>";
        Path file = Files2.write(tmp, "twins.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">" + code + "<Sources>"
                + "<TextSource guid=\"21111111-1111-4111-8111-111111111111\" name=\"one\">" + text
                + String.format(selection, "31111111-1111-4111-8111-111111111111", 0, 4, "41111111-1111-4111-8111-111111111111")
                + "</TextSource><TextSource guid=\"22222222-1111-4111-8111-111111111111\" name=\"two\">" + text
                + String.format(selection, "32222222-1111-4111-8111-111111111111", 14, 21, "42222222-1111-4111-8111-111111111111")
                + "</TextSource></Sources></Project>");
        ExchangeReport report = ExchangeService.importProject(file, tmp.resolve("p"), "carol");
        assertThat(report.notes()).containsEntry("exchange.note.sameText", 1);
        try (Project p = Project.open(tmp.resolve("p"), "carol")) {
            assertThat(p.sources().list()).extracting(s -> s.name()).containsExactly("one");
            assertThat(p.codings().list(null, null)).extracting(v -> v.text()).containsExactlyInAnyOrder("Sama", "teksnya");
        }
    }
}
