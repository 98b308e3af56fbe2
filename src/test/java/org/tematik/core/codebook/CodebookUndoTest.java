package org.tematik.core.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.REGULATION;
import static org.tematik.testsupport.BaseProject.REGULATION_TEXT;
import static org.tematik.testsupport.BaseProject.span;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.coding.CodingView;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;

/**
 * Undo and redo of codebook changes restore the exact stored state: compared row by row (ids, parents,
 * names, colours, sort order, coders, times, memos) with a dump taken through plain JDBC.
 */
class CodebookUndoTest {
    @TempDir
    static Path shared;
    static Path base;

    @TempDir
    Path tmp;
    Path dir;
    Project alice;
    Project bob;

    @BeforeAll
    static void base() {
        base = BaseProject.create(shared);
    }

    @BeforeEach
    void open() {
        dir = ProjectCopies.copy(base, tmp.resolve("p"));
        alice = Project.open(dir, "alice");
        bob = Project.open(dir, "bob");
    }

    @AfterEach
    void close() {
        bob.close();
        alice.close();
    }

    private Map<String, List<Map<String, Object>>> state() {
        return Db.dump(dir);
    }

    private AuditEvent lastEvent() {
        long n = alice.audit().count();
        return alice.audit().page(n - 1, 1).get(0);
    }

    private void assertUndoEvent(CommandStack.Applied applied, String action, String op, String entityId) {
        AuditEvent e = applied.event();
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.entityId()).isEqualTo(entityId);
        assertThat(Json.read(e.data()).get("op").asText()).isEqualTo(op);
        assertThat(e).isEqualTo(lastEvent());
        assertThat(alice.audit().verify().isIntact()).isTrue();
    }

    @Test
    void undoAndRedoCreate() {
        Map<String, ?> empty = state();
        Code code = alice.codebook().add("Koordinasi", null, "central coordination", "#e69f00");
        Map<String, ?> created = state();

        assertUndoEvent(alice.undo().orElseThrow(), "undo", "code.delete", code.id().toString());
        assertThat(state()).isEqualTo(empty);
        assertThat(alice.codebook().tree()).isEmpty();

        assertUndoEvent(alice.redo().orElseThrow(), "redo", "code.restore", code.id().toString());
        assertThat(state()).isEqualTo(created);
        assertThat(alice.codebook().find(code.id())).isEqualTo(code);
    }

    @Test
    void undoAndRedoRename() {
        Code code = alice.codebook().add("Anggaran", null, null, null);
        Map<String, ?> before = state();
        alice.codebook().rename("Anggaran", "Anggaran & SDM");
        Map<String, ?> renamed = state();
        assertThat(renamed).isNotEqualTo(before);

        assertUndoEvent(alice.undo().orElseThrow(), "undo", "code.rename", code.id().toString());
        assertThat(state()).isEqualTo(before);
        assertThat(alice.codebook().find(code.id()).name()).isEqualTo("Anggaran");
        JsonNode data = Json.read(lastEvent().data());
        assertThat(data.get("before").get("name").asText()).isEqualTo("Anggaran & SDM");
        assertThat(data.get("after").get("name").asText()).isEqualTo("Anggaran");

        assertUndoEvent(alice.redo().orElseThrow(), "redo", "code.rename", code.id().toString());
        assertThat(state()).isEqualTo(renamed);
        // and round again: the stack keeps working after a redo
        alice.undo().orElseThrow();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void undoDeleteBringsBackSubCodesCodingsAndMemosExactly() {
        Code theme = alice.codebook().add("Kapasitas", null, "Institutional capacity", "#0072b2");
        bob.codebook().add("Anggaran", "Kapasitas", "Budget", null);
        alice.codebook().add("SDM", "Kapasitas", null, null);
        bob.codebook().add("Pelatihan", "Kapasitas > SDM", null, null);
        alice.codebook().add("Lain", null, null, null); // untouched by the deletion
        int[] s1 = span(INTERVIEW_TEXT, "Anggaran dan SDM terbatas 𝄞");
        int[] s2 = span(REGULATION_TEXT, "dikoordinasikan oleh pusat");
        int[] s3 = span(INTERVIEW_TEXT, "Koordinasi");
        bob.codings().code(INTERVIEW, "Kapasitas > Anggaran", s1[0], s1[1], "Bob's memo on the budget 😀");
        alice.codings().code(REGULATION, "Kapasitas", s2[0], s2[1], null);
        alice.codings().code(INTERVIEW, "Kapasitas > SDM > Pelatihan", s3[0], s3[1], "alice memo");
        alice.codings().code(INTERVIEW, "Lain", s3[0], s3[1], null);
        Map<String, List<Map<String, Object>>> before = state();
        assertThat(before.get("codes")).hasSize(5);
        assertThat(before.get("codings")).hasSize(4);
        assertThat(before.get("memos")).hasSize(2);

        alice.codebook().delete("Kapasitas");
        Map<String, List<Map<String, Object>>> deleted = state();
        assertThat(deleted.get("codes")).hasSize(1);
        assertThat(deleted.get("codings")).hasSize(1);
        assertThat(deleted.get("memos")).isEmpty();
        AuditEvent deletion = lastEvent();
        assertThat(deletion.summary()).isEqualTo("Deleted code 'Kapasitas' with 3 sub-codes and 3 codings");
        JsonNode before0 = Json.read(deletion.data()).get("before");
        assertThat(before0.get("codeIds")).hasSize(4); // the code and its 3 sub-codes
        assertThat(before0.get("codingIds")).hasSize(3);

        assertUndoEvent(alice.undo().orElseThrow(), "undo", "code.restore", theme.id().toString());
        assertThat(state()).isEqualTo(before);
        List<CodingView> views = alice.codings().list("Kapasitas > Anggaran", null);
        assertThat(views).singleElement().satisfies(v -> {
            assertThat(v.coding().coder()).isEqualTo("bob");
            assertThat(v.memo()).isEqualTo("Bob's memo on the budget 😀");
            assertThat(v.text()).isEqualTo("Anggaran dan SDM terbatas 𝄞");
        });

        assertUndoEvent(alice.redo().orElseThrow(), "redo", "code.delete", theme.id().toString());
        assertThat(state()).isEqualTo(deleted);
        alice.undo().orElseThrow();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void undoMergeRestoresCodingsChildrenAndTheDroppedDuplicate() {
        Code into = alice.codebook().add("Koordinasi", null, "coordination", null);
        Code from = alice.codebook().add("Koordinasi pusat", null, "central", "#d55e00");
        Code childA = alice.codebook().add("Lambat", "Koordinasi pusat", null, null);
        Code childB = bob.codebook().add("Prosedur", "Koordinasi pusat", null, null);
        int[] same = span(INTERVIEW_TEXT, "Koordinasi dengan pusat");
        int[] other = span(INTERVIEW_TEXT, "sangat lambat");
        int[] reg = span(REGULATION_TEXT, "dikoordinasikan oleh pusat");
        UUID kept = bob.codings().code(INTERVIEW, "Koordinasi", same[0], same[1], null); // bob's twin below is dropped
        UUID duplicate = bob.codings().code(INTERVIEW, "Koordinasi pusat", same[0], same[1], "bob's memo on the twin");
        UUID moved1 = bob.codings().code(INTERVIEW, "Koordinasi pusat", other[0], other[1], null);
        UUID moved2 = alice.codings().code(REGULATION, "Koordinasi pusat", reg[0], reg[1], "memo stays with its coding");
        UUID onChild = alice.codings().code(INTERVIEW, "Koordinasi pusat > Lambat", other[0], other[1], null);
        Map<String, List<Map<String, Object>>> before = state();

        alice.codebook().merge("Koordinasi pusat", "Koordinasi");
        Map<String, List<Map<String, Object>>> merged = state();
        assertThat(merged.get("codes")).extracting(r -> r.get("id")).doesNotContain(from.id());
        assertThat(alice.codings().list("Koordinasi", null)).extracting(v -> v.coding().id())
                .containsExactlyInAnyOrder(kept, moved1, moved2);
        assertThat(merged.get("codings")).extracting(r -> r.get("id")).doesNotContain(duplicate).contains(onChild);
        assertThat(alice.codebook().find(childA.id()).parentId()).isEqualTo(into.id());
        assertThat(alice.codebook().find(childB.id()).parentId()).isEqualTo(into.id());
        assertThat(merged.get("memos")).extracting(r -> r.get("body")).containsExactly("memo stays with its coding");
        JsonNode after = Json.read(lastEvent().data()).get("after");
        assertThat(after.get("movedCodingIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(moved1.toString(), moved2.toString());
        assertThat(after.get("droppedCodingIds")).extracting(JsonNode::asText).containsExactly(duplicate.toString());
        assertThat(after.get("movedChildIds")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(childA.id().toString(), childB.id().toString());
        assertThat(lastEvent().summary()).isEqualTo("Merged code 'Koordinasi pusat' into 'Koordinasi' (3 codings)");

        assertUndoEvent(alice.undo().orElseThrow(), "undo", "code.unmerge", from.id().toString());
        assertThat(state()).isEqualTo(before);

        assertUndoEvent(alice.redo().orElseThrow(), "redo", "code.merge", from.id().toString());
        assertThat(state()).isEqualTo(merged);
        alice.undo().orElseThrow();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyUndoAndRedoIsAuditedAndTheChainStaysIntact() {
        long start = alice.audit().count();
        alice.codebook().add("A", null, null, null);
        alice.codebook().rename("A", "B");
        alice.codebook().delete("B");
        for (int i = 0; i < 3; i++) {
            alice.undo().orElseThrow();
        }
        for (int i = 0; i < 3; i++) {
            alice.redo().orElseThrow();
        }
        List<AuditEvent> events = alice.audit().page(start, 100);
        assertThat(events).extracting(AuditEvent::action).containsExactly(
                "code.create", "code.rename", "code.delete", "undo", "undo", "undo", "redo", "redo", "redo");
        assertThat(events.subList(3, 6)).extracting(e -> Json.read(e.data()).get("undoes").asLong())
                .containsExactly(start + 3, start + 2, start + 1);
        assertThat(events.subList(6, 9)).extracting(e -> Json.read(e.data()).get("redoes").asLong())
                .containsExactly(start + 1, start + 2, start + 3);
        assertThat(alice.audit().verify().isIntact()).isTrue();
        assertThat(alice.audit().verify().events()).isEqualTo(start + 9);
        assertThat(alice.codebook().tree()).isEmpty();
    }
}
