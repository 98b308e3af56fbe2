package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.SupervisedProject;

/** A code's story through rename, merge, undo (split), redo, delete and restore, from the trail. */
class CodeHistoryTest {
    @TempDir
    static Path shared;
    static Path dir;

    @BeforeAll
    static void build() {
        dir = SupervisedProject.create(shared);
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static List<CodeHistory.Step> history(String ref) {
        try (Project p = Project.open(dir, "supervisor")) {
            UUID id = p.codebook().resolve(ref).id();
            return p.supervision().codeHistory().of(id);
        }
    }

    @Test
    void renameKeepsTheOldNameAndWhoDidIt() {
        List<CodeHistory.Step> steps = history(SupervisedProject.RENAMED);
        assertThat(steps).extracting(CodeHistory.Step::kind).containsExactly("created", "renamed");
        assertThat(steps).extracting(CodeHistory.Step::text).containsExactly(
                "created code 'Koordinasi'", "renamed code 'Koordinasi' to 'Central coordination'");
        assertThat(steps).extracting(CodeHistory.Step::coder).containsOnly("alice");
        assertThat(steps.get(0).after().get("definition").asText()).isEqualTo("Officials wait for the centre");
        assertThat(steps.get(1).before().get("name").asText()).isEqualTo("Koordinasi");
    }

    @Test
    void mergeTargetSeesTheMergeItsUndoAndRedo() {
        List<CodeHistory.Step> steps = history(SupervisedProject.RESOURCES);
        assertThat(steps).extracting(CodeHistory.Step::kind).containsExactly("created", "mergedIn", "splitOff", "mergedIn");
        assertThat(steps).extracting(CodeHistory.Step::action).containsExactly("code.create", "code.merge", "undo", "redo");
        assertThat(steps.get(1).text()).isEqualTo("merged code 'Anggaran' into 'Budget and human resources' (1 coding)");
        assertThat(steps.get(2).text()).isEqualTo("undid: split code 'Anggaran' back out of 'Budget and human resources'");
        assertThat(steps.get(3).text()).startsWith("redid: merged code 'Anggaran' into");
        assertThat(steps).extracting(CodeHistory.Step::seq).isSorted();
    }

    @Test
    void mergedAwayCodeIsFoundByItsFormerName() {
        CliRun run = CliRun.in(dir, "supervisor", "codes", "history", SupervisedProject.BUDGET);
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("History of code 'Anggaran' (");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains("alice").endsWith("created code 'Anggaran'");
        assertThat(lines.get(2)).endsWith("merged code 'Anggaran' into 'Budget and human resources' (1 coding)");
        assertThat(lines.get(3)).endsWith("undid: split code 'Anggaran' back out of 'Budget and human resources'");
        assertThat(lines.get(4)).contains("redid: merged code 'Anggaran'");
    }

    @Test
    void deletionAndItsUndoAreInTheStory() {
        List<CodeHistory.Step> steps = history(SupervisedProject.LEADERSHIP);
        assertThat(steps).extracting(CodeHistory.Step::kind).containsExactly("created", "deleted", "restored");
        assertThat(steps.get(1).text()).isEqualTo("deleted code 'Leadership change' (1 coding)");
        assertThat(steps.get(2).text()).isEqualTo("undid: restored code 'Leadership change'");
    }

    @Test
    void indonesianStory() {
        Messages.setLocale(Messages.INDONESIAN);
        assertThat(history(SupervisedProject.RENAMED)).extracting(CodeHistory.Step::text).containsExactly(
                "membuat kode 'Koordinasi'", "mengganti nama kode 'Koordinasi' menjadi 'Central coordination'");
    }

    @Test
    void jsonCarriesKindsAndStates() {
        CliRun run = CliRun.in(dir, "supervisor", "codes", "history", SupervisedProject.RENAMED, "--json");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"kind\" : \"renamed\"").contains("\"coder\" : \"alice\"");
    }

    @Test
    void unknownNameIsAUserError() {
        CliRun run = CliRun.in(dir, "supervisor", "codes", "history", "Nope");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("There is no code named 'Nope'");
    }
}
