package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.Unit;
import org.tematik.core.project.Project;
import org.tematik.testsupport.TwoCoders;

/**
 * Every command that changes codings or the codebook must be replayable from the trail, or `audit verify`
 * would call honest work a mismatch. Each change here is followed by undo and redo, then reconciled.
 */
class TrailReplayCoverageTest {
    @TempDir
    Path dir;

    @Test
    void workbenchAndAgreementChangesReplayToTheTables() throws Exception {
        Path path = TwoCoders.create(dir);
        try (Project p = Project.open(path, "alice")) {
            UUID source = p.sources().list().get(0).id();
            UUID koordinasi = p.codebook().resolve("Koordinasi").id();

            UUID inVivo = p.codings().codeInVivo(source, 12, 21);
            roundTrip(p);
            p.codebook().edit(koordinasi, "Working together across agencies", "any agency", null, "rapat", "#336699");
            roundTrip(p);
            p.codebook().move(inVivo, koordinasi, null);
            roundTrip(p);
            UUID coding = p.codings().list("Anggaran", null).get(0).coding().id();
            p.codings().reassign(coding, koordinasi);
            roundTrip(p);
            p.codebook().merge("Anggaran", "Koordinasi");
            roundTrip(p);

            AgreementReport r = p.agreement().compare(List.of("alice", "bob"), List.of("Koordinasi"), Unit.PARAGRAPH);
            p.agreement().adopt(r.disagreements().get(0), "bob", List.of("alice"));
            roundTrip(p);
            p.agreement().comment(r.disagreements().get(0), "discussed on Monday");
            roundTrip(p);

            p.search().autocode("menunggu", org.tematik.core.search.SearchLanguage.INDONESIAN, "Koordinasi",
                    org.tematik.core.search.AutocodeUnit.SENTENCE);
            roundTrip(p);

            int length = p.sources().list().get(0).chars();
            var whole = p.suggestions().forSelection(source, 0, length, 2);
            assertThat(whole.codes()).as("suggestions for the whole text").isNotEmpty();
            p.suggestions().accept(whole.codes().get(0).id());
            roundTrip(p);
            p.suggestions().reject(source, 0, length, whole.codes().get(0));
            roundTrip(p);

            // a new source version moves codings: "Narasumber" (10 letters) becomes "N" in every paragraph
            var table = List.of(new org.tematik.core.anonymise.PseudonymEntry("Narasumber", "N", null),
                    new org.tematik.core.anonymise.PseudonymEntry("Pewawancara", "Peneliti", null));
            p.anonymisation().apply(p.anonymisation().preview(table, List.of(), false), "frasa-sandi-uji".toCharArray());
            roundTrip(p);
        }
    }

    @Test
    void refiQdaImportAndMergeReplayToTheTables() throws Exception {
        Path path = TwoCoders.create(dir);
        Path qdpx = dir.resolve("study.qdpx");
        try (Project p = Project.open(path, "alice")) {
            p.exchange().exportQdpx(qdpx);
        }
        Path imported = dir.resolve("imported");
        org.tematik.core.exchange.ExchangeService.importProject(qdpx, imported, "carol");
        try (Project copy = Project.open(imported, "carol")) {
            assertThat(copy.supervision().reconciler().reconcile()).as("after import").isEmpty();
            copy.codings().code(copy.sources().list().get(0).id(), copy.codebook().resolve("Anggaran").id(), 0, 5, null);
        }
        try (Project p = Project.open(path, "alice")) {
            p.exchange().merge(imported);
            roundTrip(p);
        }
    }

    /** The change itself, its undo and its redo must each leave the tables equal to the replayed trail. */
    private static void roundTrip(Project p) {
        assertThat(p.supervision().reconciler().reconcile()).as("after the change").isEmpty();
        p.undo();
        assertThat(p.supervision().reconciler().reconcile()).as("after undo").isEmpty();
        p.redo();
        assertThat(p.supervision().reconciler().reconcile()).as("after redo").isEmpty();
        assertThat(p.audit().verify().isIntact()).isTrue();
    }
}
