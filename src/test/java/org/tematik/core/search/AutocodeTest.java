package org.tematik.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;

class AutocodeTest {
    static final String TRANSCRIPT = "Pewawancara: Bagaimana koordinasi dengan pusat? Apakah lancar?\n"
            + "Pak Budi: Kami berkoordinasi tiap bulan. Tetapi pusat lambat. Koordinasi anggaran juga sulit.\n"
            + "Pewawancara: Siapa yang mengoordinasikan?\n"
            + "Pak Budi: Bappeda.\n";

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("p");
        try (Project p = Project.init(dir, "Kota kembar", "alice")) {
            p.sources().importFile(Files2.write(tmp.resolve("in"), "wawancara.txt", TRANSCRIPT), "interview", "interview");
            p.codebook().add("central coordination", null, null, null);
        }
    }

    @Test
    void everyHitIsCodedAsOneUndoableAuditedChange() {
        try (Project p = Project.open(dir, "alice")) {
            long before = p.audit().count();
            SearchService.AutocodeResult r = p.search().autocode("koordinasi", null, "central coordination", AutocodeUnit.HIT);
            assertThat(r.hits()).isEqualTo(4);
            assertThat(r.coded()).isEqualTo(4);
            List<CodingView> codings = p.codings().list("central coordination", null);
            assertThat(codings).extracting(CodingView::text)
                    .containsExactly("koordinasi", "berkoordinasi", "Koordinasi", "mengoordinasikan");
            assertThat(p.audit().count()).as("one audit event").isEqualTo(before + 1);
            AuditEvent event = p.audit().page(before, 10).get(0);
            assertThat(event.action()).isEqualTo("coding.batch");
            assertThat(event.summary()).contains("4", "koordinasi", "central coordination");
            assertThat(p.supervision().reconciler().reconcile()).as("the trail replays the batch step by step").isEmpty();

            p.undo();
            assertThat(p.codings().list("central coordination", null)).isEmpty();
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            p.redo();
            assertThat(p.codings().list("central coordination", null)).hasSize(4);
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            assertThat(p.audit().verify().isIntact()).isTrue();

            SearchService.AutocodeResult again = p.search().autocode("koordinasi", null, "central coordination", AutocodeUnit.HIT);
            assertThat(again.coded()).isZero();
            assertThat(again.alreadyCoded()).isEqualTo(4);
        }
    }

    @Test
    void unitsWidenHitsToTheirSentenceParagraphOrTurn() {
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.search().autocode("koordinasi", null, "central coordination", AutocodeUnit.PARAGRAPH).coded())
                    .as("two hits share the second paragraph").isEqualTo(3);
            p.undo();
            SearchService.AutocodeResult sentences = p.search().autocode("koordinasi", null, "central coordination",
                    AutocodeUnit.SENTENCE);
            assertThat(sentences.coded()).isEqualTo(4);
            assertThat(p.codings().list("central coordination", null)).extracting(c -> c.text().strip())
                    .containsExactly("Pewawancara: Bagaimana koordinasi dengan pusat?", "Pak Budi: Kami berkoordinasi tiap bulan.",
                            "Koordinasi anggaran juga sulit.", "Pewawancara: Siapa yang mengoordinasikan?");
            p.undo();
            SearchService.AutocodeResult turns = p.search().autocode("koordinasi", null, "central coordination",
                    AutocodeUnit.SPEAKER_TURN);
            assertThat(turns.coded() + turns.outsideUnits()).isEqualTo(3);
            List<String> speakers = p.codings().list("central coordination", null).stream()
                    .map(c -> c.text().substring(0, c.text().indexOf(':'))).toList();
            assertThat(speakers).containsExactly("Pewawancara", "Pak Budi", "Pewawancara");
        }
    }

    @Test
    void aVeryLongQueryStillFitsTheAuditSummary() {
        try (Project p = Project.open(dir, "alice")) {
            String query = "koordinasi" + " OR bulan".repeat(600);
            assertThat(p.search().autocode(query, null, "central coordination", AutocodeUnit.HIT).coded()).isEqualTo(5);
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void anUnknownCodeOrUnitIsAClearErrorAndCodesNothing() {
        try (Project p = Project.open(dir, "alice")) {
            long before = p.audit().count();
            assertThatThrownBy(() -> p.search().autocode("koordinasi", null, "no such code", AutocodeUnit.HIT))
                    .isInstanceOf(UserException.class);
            assertThatThrownBy(() -> AutocodeUnit.parse("page")).isInstanceOf(UserException.class).hasMessageContaining("page");
            assertThat(AutocodeUnit.parse("speaker-turn")).isEqualTo(AutocodeUnit.SPEAKER_TURN);
            assertThat(p.audit().count()).isEqualTo(before);
        }
    }
}
