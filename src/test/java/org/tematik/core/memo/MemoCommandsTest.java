package org.tematik.core.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;

/** Memos on every kind of target: written, edited, deleted, each audited and undoable back to the exact memo. */
class MemoCommandsTest {
    @TempDir
    Path dir;

    @Test
    void memosAreAuditedAndUndoRestoresTheExactMemo() throws Exception {
        Path file = dir.resolve("interview.txt");
        Files.writeString(file, "Koordinasi dengan pusat sangat lambat.");
        try (Project project = Project.init(dir.resolve("p"), "Memo study", "ayu")) {
            UUID source = project.sources().importFile(file, "interview", "interview").source().id();
            UUID code = project.codebook().add("Coordination", null, null, null).id();
            UUID coding = project.codings().code(source, code, 0, 10, null);

            project.memos().save(Memo.ON_PROJECT, null, "Research question: why do MoUs stall?");
            project.memos().save(Memo.ON_SOURCE, source, "Recorded in the mayor's office.");
            project.memos().save(Memo.ON_CODE, code, "Check against the regulation.");
            project.memos().save(Memo.ON_CODING, coding, "Said with a sigh.");
            assertThat(project.memos().list()).hasSize(4);
            assertThat(project.codings().forSource(source).get(0).memo()).isEqualTo("Said with a sigh.");

            Memo before = project.memos().on(Memo.ON_CODE, code).orElseThrow();
            project.memos().save(Memo.ON_CODE, code, "Check against Permendagri 3/2008.");
            project.memos().save(Memo.ON_CODE, code, "Check against Permendagri 3/2008."); // unchanged: no event
            assertThat(project.memos().on(Memo.ON_CODE, code).orElseThrow().body()).isEqualTo("Check against Permendagri 3/2008.");
            project.undo();
            Memo restored = project.memos().on(Memo.ON_CODE, code).orElseThrow();
            assertThat(restored.body()).isEqualTo(before.body());

            Memo sourceMemo = project.memos().on(Memo.ON_SOURCE, source).orElseThrow();
            project.memos().save(Memo.ON_SOURCE, source, "  ");
            assertThat(project.memos().on(Memo.ON_SOURCE, source)).isEmpty();
            project.undo();
            assertThat(project.memos().on(Memo.ON_SOURCE, source).orElseThrow()).isEqualTo(sourceMemo);

            assertThat(project.audit().page(0, 1000)).extracting(AuditEvent::action)
                    .contains("memo.create", "memo.edit", "memo.delete", "undo");
            assertThat(project.audit().verify().isIntact()).isTrue();
            assertThatThrownBy(() -> project.memos().create("nonsense", null, null, "x"))
                    .isInstanceOf(UserException.class).hasMessageContaining("nonsense");
        }
    }
}
