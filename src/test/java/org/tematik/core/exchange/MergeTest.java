package org.tematik.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.span;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.ProjectCopies;

/** Two coders work on copies of one project; the merge keeps both coders' work and reports what disagrees. */
class MergeTest {
    @TempDir
    Path tmp;
    Path alice;
    Path bob;

    private static void code(Project p, String code, String quote) {
        int[] s = span(INTERVIEW_TEXT, quote);
        p.codings().code(INTERVIEW, code, s[0], s[1], null);
    }

    @BeforeEach
    void twoCopies() {
        Path base = BaseProject.create(tmp.resolve("shared"));
        try (Project p = Project.open(base, "alice")) {
            for (String name : List.of("Koordinasi", "Anggaran", "Kepemimpinan", "Hukum")) {
                p.codebook().add(name, null, "Definisi " + name, null);
            }
        }
        alice = ProjectCopies.copy(base, tmp.resolve("alice"));
        bob = ProjectCopies.copy(base, tmp.resolve("bob"));
        try (Project a = Project.open(alice, "alice")) {
            code(a, "Koordinasi", "Koordinasi dengan pusat sangat lambat");
            code(a, "Kepemimpinan", "Wali kota baru mengubah prioritas");
            a.codebook().delete("Hukum");
        }
        try (Project b = Project.open(bob, "bob")) {
            code(b, "Koordinasi", "Koordinasi dengan pusat sangat lambat");
            code(b, "Koordinasi", "Anggaran dan SDM terbatas 𝄞");
            b.codebook().rename("Anggaran", "Anggaran & SDM");
            b.codebook().add("Dinamika mitra", "Koordinasi", null, null);
            code(b, "Dinamika mitra", "program kota kembar");
            code(b, "Hukum", "Pak Budi 😀");
            b.codebook().delete("Kepemimpinan");
        }
    }

    private static List<String> codings(Project p) {
        return p.codings().list(null, null).stream().map(MergeTest::describe).sorted().toList();
    }

    private static String describe(CodingView v) {
        return v.codeName() + " by " + v.coding().coder() + ": " + v.text();
    }

    @Test
    void keepsBothCodersWorkAndReportsEveryConflict() {
        try (Project a = Project.open(alice, "alice")) {
            ExchangeReport report = a.exchange().merge(bob);
            assertThat(codings(a)).containsExactly(
                    "Dinamika mitra by bob: program kota kembar",
                    "Hukum by bob: Pak Budi 😀",
                    "Kepemimpinan by alice: Wali kota baru mengubah prioritas",
                    "Koordinasi by alice: Koordinasi dengan pusat sangat lambat",
                    "Koordinasi by bob: Anggaran dan SDM terbatas 𝄞",
                    "Koordinasi by bob: Koordinasi dengan pusat sangat lambat");
            assertThat(report.conflicts()).extracting(ExchangeReport.Conflict::key).containsExactlyInAnyOrder(
                    "exchange.conflict.codeEdited", "exchange.conflict.deletedHere", "exchange.conflict.deletedThere");
            assertThat(String.join("\n", report.describe(true))).contains("'Anggaran' differs", "name 'Anggaran & SDM'",
                    "'Hukum' was deleted in this project", "deleted the code 'Kepemimpinan'");
            assertThat(a.codebook().resolve("Anggaran").name()).isEqualTo("Anggaran"); // ours kept, not overwritten
            assertThat(a.codebook().resolve("Dinamika mitra").parentId()).isEqualTo(a.codebook().resolve("Koordinasi").id());
            assertThat(a.sources().list()).hasSize(2); // same files: matched by SHA-256, not duplicated
            assertThat(report.addedCount("codings")).isEqualTo(4);
            assertThat(a.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void theMergeIsOneAuditedChangeThatUndoTakesBack() {
        try (Project a = Project.open(alice, "alice")) {
            List<String> before = codings(a);
            long events = a.audit().verify().events();
            a.exchange().merge(bob);
            assertThat(a.audit().verify().events()).isEqualTo(events + 1);
            var event = a.audit().page(events, 1).get(0);
            assertThat(event.action()).isEqualTo("project.merge");
            // the one event still lists every single change, so a replay of the trail sees bob's codings
            var steps = org.tematik.core.util.Json.read(event.data()).path("after").path("steps");
            java.util.List<String> actions = new java.util.ArrayList<>();
            steps.forEach(st -> actions.add(st.path("action").asText() + ":" + st.path("after").path("coder").asText("")));
            assertThat(actions).containsExactlyInAnyOrder("code.create:", "code.create:", "coding.add:bob", "coding.add:bob",
                    "coding.add:bob", "coding.add:bob");
            var undone = a.undo().orElseThrow();
            assertThat(undone.event().summary()).startsWith("Undo: Merged 'Kota kembar'");
            assertThat(codings(a)).isEqualTo(before);
            assertThatThrownBy(() -> a.codebook().resolve("Dinamika mitra")).isInstanceOf(UserException.class);
            a.redo();
            assertThat(codings(a)).hasSize(6);
            assertThat(a.audit().verify().isIntact()).isTrue();
            ExchangeReport again = a.exchange().merge(bob);
            assertThat(again.added().values()).allMatch(n -> n == 0);
        }
    }

    @Test
    void undoIsRefusedWhenLaterWorkUsesWhatTheMergeBrought() {
        try (Project a = Project.open(alice, "alice")) {
            a.exchange().merge(bob);
            try (Project carol = Project.open(alice, "carol")) {
                code(carol, "Dinamika mitra", "Wali kota baru");
            }
            assertThatThrownBy(a::undo).isInstanceOf(UserException.class).hasMessageContaining("cannot be taken back");
            assertThat(codings(a)).hasSize(7);
        }
    }

    @Test
    void mergesAQdpxAndBringsNewSourcesWithTheirCodings() throws Exception {
        try (Project b = Project.open(bob, "bob")) {
            b.sources().importFile(Files2.write(tmp.resolve("files"), "mou.txt", "MoU Tangerang–Yantai 🤝 ditandatangani 2016.\n"),
                    "agreement", null);
            b.codings().code("mou", "Koordinasi", 0, 3, "catatan bob");
            b.exchange().exportQdpx(tmp.resolve("bob.qdpx"));
        }
        try (Project a = Project.open(alice, "alice")) {
            ExchangeReport report = a.exchange().merge(tmp.resolve("bob.qdpx"));
            assertThat(a.sources().list()).extracting(s -> s.name()).contains("mou");
            assertThat(codings(a)).contains("Koordinasi by bob: MoU", "Hukum by bob: Pak Budi 😀");
            assertThat(report.conflicts()).extracting(ExchangeReport.Conflict::key)
                    .contains("exchange.conflict.codeEdited", "exchange.conflict.deletedHere");
            assertThat(a.codings().list("Koordinasi", "mou").get(0).memo()).isEqualTo("catatan bob");
        }
    }

    @Test
    void mergingTheProjectIntoItselfIsRefused() {
        try (Project a = Project.open(alice, "alice")) {
            assertThatThrownBy(() -> a.exchange().merge(alice)).isInstanceOf(UserException.class)
                    .hasMessageContaining("this project itself");
        }
    }

    @Test
    void aMemoOrCaseChangedOnTheOtherSideIsReportedAndOursKept() {
        java.util.UUID memo;
        java.util.UUID caseId;
        try (Project a = Project.open(alice, "alice")) {
            int[] s = span(INTERVIEW_TEXT, "Pak Budi");
            a.codings().code(INTERVIEW, "Koordinasi", s[0], s[1], "memo asli");
            caseId = a.casebook().findOrCreate("Bandung").id();
            memo = ProjectSnapshot.read(a.exchange().jdbi(), a.name()).notes().stream()
                    .filter(n -> n.text().equals("memo asli")).findFirst().orElseThrow().guid();
        }
        Path file = Files2.write(tmp, "other.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"o\"><Cases><Case guid=\""
                + caseId + "\" name=\"Bandung Raya\"/></Cases><Notes><Note guid=\"" + memo + "\"><PlainTextContent>memo diubah"
                + "</PlainTextContent></Note></Notes></Project>");
        try (Project a = Project.open(alice, "alice")) {
            ExchangeReport report = a.exchange().merge(file);
            assertThat(report.conflicts()).extracting(ExchangeReport.Conflict::message).containsExactlyInAnyOrder(
                    "The memo 'memo asli' was edited differently on the other side; this project's text was kept.",
                    "The case 'Bandung' has another name or description on the other side ('Bandung Raya'); this project's "
                            + "version was kept and the other side's sources were added to it.");
            assertThat(a.casebook().list()).extracting(c -> c.name()).containsExactly("Bandung");
            assertThat(a.codings().list("Koordinasi", INTERVIEW)).extracting(v -> v.memo()).contains("memo asli");
        }
    }
}
