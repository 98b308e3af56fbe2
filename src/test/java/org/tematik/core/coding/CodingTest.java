package org.tematik.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.REGULATION;
import static org.tematik.testsupport.BaseProject.span;

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
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;

/** Coding segments in code points, the checks on them, and undo/redo of adding and removing codings. */
class CodingTest {
    /** Code points in the interview: 88 + 2 lines; it holds 😀 and 𝄞, so its UTF-16 length is 2 more. */
    static final int INTERVIEW_CHARS = INTERVIEW_TEXT.codePointCount(0, INTERVIEW_TEXT.length());

    @TempDir
    static Path shared;
    static Path base;

    @TempDir
    Path tmp;
    Path dir;
    Project p;

    @BeforeAll
    static void base() {
        base = BaseProject.create(shared);
    }

    @BeforeEach
    void open() {
        dir = ProjectCopies.copy(base, tmp.resolve("p"));
        p = Project.open(dir, "alice");
        p.codebook().add("Koordinasi", null, null, null);
        p.codebook().add("Anggaran", null, null, null);
    }

    @AfterEach
    void close() {
        p.close();
    }

    private UserException refused(String key, Runnable change) {
        long events = p.audit().count();
        Map<String, ?> before = Db.dump(dir);
        UserException e = catchThrowableOfType(UserException.class, change::run);
        assertThat(e).as("expected %s", key).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(p.audit().count()).isEqualTo(events);
        assertThat(Db.dump(dir)).isEqualTo(before);
        return e;
    }

    @Test
    void sourceKnowsItsLengthInCodePoints() {
        Source s = p.sources().resolve(INTERVIEW);
        assertThat(INTERVIEW_TEXT.length()).isEqualTo(INTERVIEW_CHARS + 2);
        assertThat(s.chars()).isEqualTo(INTERVIEW_CHARS);
        assertThat(p.sources().text(s.id())).isEqualTo(INTERVIEW_TEXT);
    }

    @Test
    void offsetsAreCodePointsAroundSupplementaryCharacters() {
        // "😀" is one code point at offset 9 (UTF-16 index 9, length 2); "Koordinasi" starts at 12, not 13
        assertThat(span(INTERVIEW_TEXT, "😀")).containsExactly(9, 10);
        assertThat(span(INTERVIEW_TEXT, "Koordinasi")).containsExactly(12, 22);
        UUID emoji = p.codings().code(INTERVIEW, "Koordinasi", 9, 10, null);
        UUID word = p.codings().code(INTERVIEW, "Koordinasi", 12, 22, null);
        int[] clef = span(INTERVIEW_TEXT, "terbatas 𝄞 untuk");
        UUID after = p.codings().code(INTERVIEW, "Anggaran", clef[0], clef[1], null);

        List<CodingView> views = p.codings().list(null, INTERVIEW);
        assertThat(views).extracting(v -> v.coding().id()).containsExactly(emoji, word, after);
        assertThat(views).extracting(CodingView::text).containsExactly("😀", "Koordinasi", "terbatas 𝄞 untuk");
        assertThat(Db.query(dir, "SELECT start_cp, end_cp FROM codings WHERE id = ?", word).get(0))
                .containsEntry("start_cp", 12).containsEntry("end_cp", 22);

        // the last code point can be coded; the event quotes the same text
        UUID last = p.codings().code(INTERVIEW, "Anggaran", INTERVIEW_CHARS - 1, INTERVIEW_CHARS, null);
        assertThat(p.codings().list("Anggaran", INTERVIEW)).extracting(v -> v.coding().id()).contains(last);
        AuditEvent e = p.audit().page(p.audit().count() - 2, 1).get(0);
        assertThat(e.summary()).isEqualTo("Coded 'terbatas 𝄞 untuk' in 'wawancara-dinas' as 'Anggaran'");
    }

    @Test
    void codingViewCarriesNamesCoderAndMemo() {
        UUID id = p.codings().code(INTERVIEW, "koordinasi", 12, 22, "  coordination is slow  ");
        CodingView v = p.codings().list("Koordinasi", null).get(0);
        assertThat(v.coding().id()).isEqualTo(id);
        assertThat(v.coding().coder()).isEqualTo("alice");
        assertThat(v.coding().start()).isEqualTo(12);
        assertThat(v.coding().end()).isEqualTo(22);
        assertThat(v.sourceName()).isEqualTo(INTERVIEW);
        assertThat(v.codeName()).isEqualTo("Koordinasi");
        assertThat(v.memo()).isEqualTo("coordination is slow");
        assertThat(v.codeColor()).matches("#[0-9a-f]{6}");
        assertThat(p.codings().forSource(p.sources().resolve(INTERVIEW).id())).containsExactly(v);
        assertThat(p.codings().list(null, REGULATION)).isEmpty();
    }

    @Test
    void segmentsOutsideTheTextAreRefused() {
        UserException e = refused("coding.error.outside", () -> p.codings().code(INTERVIEW, "Koordinasi", 80, INTERVIEW_CHARS + 1, null));
        assertThat(e.getMessage()).isEqualTo("The segment 80-" + (INTERVIEW_CHARS + 1) + " lies outside source 'wawancara-dinas', which has "
                + INTERVIEW_CHARS + " characters (valid offsets are 0 to " + INTERVIEW_CHARS + ").");
        refused("coding.error.outside", () -> p.codings().code(INTERVIEW, "Koordinasi", -1, 3, null));
        // one past the UTF-16 length would be in range if offsets were UTF-16 units
        refused("coding.error.outside", () -> p.codings().code(INTERVIEW, "Koordinasi", 0, INTERVIEW_TEXT.length(), null));
        refused("coding.error.outside", () -> p.codings().code(INTERVIEW, "Koordinasi", 5000, 5001, null));
    }

    @Test
    void emptyOrReversedSegmentsAreRefused() {
        UserException e = refused("coding.error.empty", () -> p.codings().code(INTERVIEW, "Koordinasi", 5, 5, null));
        assertThat(e.getMessage()).isEqualTo("The segment 5-5 is empty: the start must be smaller than the end.");
        refused("coding.error.empty", () -> p.codings().code(INTERVIEW, "Koordinasi", 10, 3, null));
    }

    @Test
    void duplicateCodingIsRefusedButOverlapsAndOtherCodesAreFine() {
        p.codings().code(INTERVIEW, "Koordinasi", 12, 22, null);
        UserException e = refused("coding.error.duplicate", () -> p.codings().code(INTERVIEW, "Koordinasi", 12, 22, "again"));
        assertThat(e.getMessage()).isEqualTo("You have already coded that segment (12-22) of 'wawancara-dinas' as 'Koordinasi'.");
        p.codings().code(INTERVIEW, "Anggaran", 12, 22, null);
        p.codings().code(INTERVIEW, "Koordinasi", 12, 23, null);
        p.codings().code(INTERVIEW, "Koordinasi", 0, 30, null);
        p.codings().code(REGULATION, "Koordinasi", 12, 22, null);
        try (Project bob = Project.open(dir, "bob")) { // another coder's identical coding is independent work
            bob.codings().code(INTERVIEW, "Koordinasi", 12, 22, null);
        }
        assertThat(p.codings().list(null, null)).hasSize(6);
    }

    @Test
    void unknownSourceOrCodeIsRefused() {
        UserException s = refused("source.error.unknown", () -> p.codings().code("tidak-ada", "Koordinasi", 0, 3, null));
        assertThat(s.getMessage()).startsWith("There is no source named 'tidak-ada'.");
        UserException c = refused("code.error.unknown", () -> p.codings().code(INTERVIEW, "Tidak ada", 0, 3, null));
        assertThat(c.getMessage()).startsWith("There is no code named 'Tidak ada'.");
        refused("source.error.gone", () -> p.codings().code(UUID.randomUUID(), p.codebook().resolve("Koordinasi").id(), 0, 3, null));
        refused("code.error.gone", () -> p.codings().code(p.sources().resolve(INTERVIEW).id(), UUID.randomUUID(), 0, 3, null));
    }

    @Test
    void removeWithMemoAndUndoBringsBackTheSameCoding() {
        UUID id;
        try (Project bob = Project.open(dir, "bob")) {
            id = bob.codings().code(INTERVIEW, "Koordinasi", 12, 22, "bob's memo 😀");
        }
        Map<String, List<Map<String, Object>>> before = Db.dump(dir);
        CodingView original = p.codings().list(null, null).get(0);

        p.codings().remove(id);
        assertThat(p.codings().list(null, null)).isEmpty();
        assertThat(Db.dump(dir).get("memos")).isEmpty();
        AuditEvent removal = p.audit().page(p.audit().count() - 1, 1).get(0);
        assertThat(removal.action()).isEqualTo("coding.remove");
        assertThat(removal.coder()).isEqualTo("alice");
        assertThat(Json.read(removal.data()).get("before").get("memo").asText()).isEqualTo("bob's memo 😀");
        assertThat(Json.read(removal.data()).get("before").get("coder").asText()).isEqualTo("bob");

        p.undo().orElseThrow();
        CodingView restored = p.codings().list(null, null).get(0);
        assertThat(restored).isEqualTo(original); // same id, span, coder (bob), time and memo text
        // exactly as before: the coding and its memo with the same ids, coders and times
        assertThat(Db.dump(dir)).isEqualTo(before);

        p.redo().orElseThrow();
        assertThat(p.codings().list(null, null)).isEmpty();
        p.undo().orElseThrow();
        assertThat(p.codings().list(null, null)).containsExactly(original);
        assertThat(Db.dump(dir)).isEqualTo(before);
        assertThat(p.audit().verify().isIntact()).isTrue();
    }

    @Test
    void undoAndRedoAddWithMemo() {
        Map<String, ?> before = Db.dump(dir);
        UUID id = p.codings().code(INTERVIEW, "Koordinasi", 9, 22, "memo");
        CodingView added = p.codings().list(null, null).get(0);
        assertThat(added.text()).isEqualTo("😀: Koordinasi");
        Map<String, ?> afterAdd = Db.dump(dir);

        p.undo().orElseThrow();
        assertThat(Db.dump(dir)).isEqualTo(before);
        p.redo().orElseThrow();
        assertThat(p.codings().list(null, null)).containsExactly(added);
        assertThat(Db.dump(dir)).isEqualTo(afterAdd);
        assertThat(p.codings().list(null, null).get(0).coding().id()).isEqualTo(id);
    }

    @Test
    void longQuotesAreShortenedInTheSummaryWithoutSplittingACharacter() throws Exception {
        // the 79th code point is an emoji: a cut by UTF-16 units would keep only its high surrogate
        String text = "x".repeat(78) + "😀" + " y".repeat(10);
        p.sources().importFile(org.tematik.testsupport.Files2.write(tmp, "panjang.txt", text), null, null);
        p.codings().code("panjang", "Koordinasi", 0, CodePoints.count(text), null);
        AuditEvent e = p.audit().page(p.audit().count() - 1, 1).get(0);
        assertThat(e.summary()).isEqualTo("Coded '" + "x".repeat(78) + "😀…' in 'panjang' as 'Koordinasi'");
        assertThat(e.summary().codePoints()).noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);

        p.codings().code("panjang", "Anggaran", 1, 81, null); // exactly 80 code points (81 UTF-16 units): kept whole
        assertThat(p.audit().page(p.audit().count() - 1, 1).get(0).summary())
                .isEqualTo("Coded '" + "x".repeat(77) + "😀 y' in 'panjang' as 'Anggaran'");
    }

    @Test
    void undoEntriesRoundTripThroughTheCodecIncludingOlderOnesWithoutMemoId() {
        var codec = new org.tematik.core.history.CommandCodec(List.of(AddCoding.class, RemoveCoding.class));
        AddCoding full = new AddCoding(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, 9, "m", "bob",
                java.time.Instant.parse("2025-01-02T03:04:05.123456Z"), UUID.randomUUID());
        assertThat(codec.read(codec.write(full))).isEqualTo(full);
        String stored = "{\"type\":\"coding.add\",\"id\":\"" + full.id() + "\",\"sourceId\":\"" + full.sourceId()
                + "\",\"codeId\":\"" + full.codeId() + "\",\"start\":3,\"end\":9,\"memo\":\"m\",\"coder\":\"bob\","
                + "\"createdAt\":\"2025-01-02T03:04:05.123456Z\"}";
        assertThat(codec.read(stored)).isEqualTo(new AddCoding(full.id(), full.sourceId(), full.codeId(), 3, 9, "m", "bob",
                full.createdAt(), null));
    }

    @Test
    void removingAMissingCodingIsRefused() {
        refused("coding.error.gone", () -> p.codings().remove(UUID.randomUUID()));
    }

    @Test
    void blankMemoStoresNoMemo() {
        p.codings().code(INTERVIEW, "Koordinasi", 0, 3, "   ");
        assertThat(Db.count(dir, "memos")).isZero();
        assertThat(p.codings().list(null, null).get(0).memo()).isNull();
    }
}
