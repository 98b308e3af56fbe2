package org.tematik.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.memo.Memo;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.ThemeFixture;

class ThemeServiceTest {
    @TempDir
    Path dir;

    @Test
    void listCountsCodedSegmentsSourcesAndCodersAsCountedByHand() throws Exception {
        Path path = ThemeFixture.create(dir);
        try (Project p = Project.open(path, "alice")) {
            Map<String, ThemeSummary> byName = p.themes().summaries().stream()
                    .collect(Collectors.toMap(s -> s.theme().name(), s -> s));
            assertThat(byName.get("Hambatan").segments()).isEqualTo(7);
            assertThat(byName.get("Hambatan").sources()).isEqualTo(2);
            assertThat(byName.get("Hambatan").coders()).isEqualTo(2);
            assertThat(byName.get("Hambatan").codes()).containsExactly("Anggaran", "Koordinasi");
            assertThat(byName.get("Dana").segments()).isEqualTo(3);
            assertThat(byName.get("Dana").sources()).isEqualTo(2);
            assertThat(byName.get("Kosong").segments()).isZero();
            assertThat(byName.get("Kosong").theme().status()).isEqualTo("candidate");

            // a removed source no longer supports a theme
            UUID perda = p.sources().list().stream().filter(s -> s.name().startsWith("perda")).findFirst().orElseThrow().id();
            p.history().execute(new org.tematik.core.source.RemoveSource(perda), "alice");
            ThemeSummary dana = p.themes().summaries().stream().filter(s -> s.theme().name().equals("Dana")).findFirst().orElseThrow();
            assertThat(dana.segments()).isEqualTo(2);
            assertThat(dana.sources()).isEqualTo(1);
        }
    }

    @Test
    void mergingACodeGivesItsThemesTheCodeItWentIntoAndUndoTakesThatBack() throws Exception {
        Path path = ThemeFixture.create(dir);
        try (Project p = Project.open(path, "alice")) {
            p.codebook().add("Rapat", null, null, null);
            p.codebook().merge("Koordinasi", "Rapat");
            ThemeSummary merged = p.themes().summaries().stream().filter(s -> s.theme().name().equals("Hambatan")).findFirst().orElseThrow();
            assertThat(merged.codes()).containsExactly("Anggaran", "Rapat");
            assertThat(merged.segments()).as("the theme keeps its evidence").isEqualTo(7);

            p.undo();
            ThemeSummary back = p.themes().summaries().stream().filter(s -> s.theme().name().equals("Hambatan")).findFirst().orElseThrow();
            assertThat(back.codes()).containsExactly("Anggaran", "Koordinasi");
            assertThat(back.segments()).isEqualTo(7);
            p.redo();
            assertThat(p.themes().summaries().stream().filter(s -> s.theme().name().equals("Hambatan")).findFirst().orElseThrow()
                    .codes()).containsExactly("Anggaran", "Rapat");
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aSubThemesCodesCountForItsParent() throws Exception {
        Path path = ThemeFixture.create(dir);
        try (Project p = Project.open(path, "alice")) {
            Theme kosong = p.themes().resolve("Kosong");
            p.themes().add("Rapat", List.of("Koordinasi"), null, kosong.id());
            ThemeSummary parent = p.themes().summaries().stream().filter(s -> s.theme().name().equals("Kosong")).findFirst().orElseThrow();
            assertThat(parent.segments()).isEqualTo(4);
            assertThat(parent.codes()).containsExactly("Koordinasi", "Unused");
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() throws Exception {
        Path path = ThemeFixture.create(dir);
        try (Project p = Project.open(path, "alice")) {
            assertThatThrownBy(() -> p.themes().add("hambatan", List.of(), null, null)).isInstanceOf(UserException.class)
                    .hasMessageContaining("already a theme");
            assertThatThrownBy(() -> p.themes().add("X", List.of("Nope"), null, null)).isInstanceOf(UserException.class);
            assertThatThrownBy(() -> p.themes().add("  ", List.of(), null, null)).isInstanceOf(UserException.class);
            assertThatThrownBy(() -> p.themes().setStatus("Dana", "done")).isInstanceOf(UserException.class)
                    .hasMessageContaining("candidate, reviewed or final");
            assertThatThrownBy(() -> p.themes().setStatus("Nope", "final")).isInstanceOf(UserException.class);
            UUID dana = p.themes().resolve("Dana").id();
            assertThatThrownBy(() -> p.themes().merge(dana, dana)).isInstanceOf(UserException.class);
            UUID koordinasi = p.codebook().resolve("Koordinasi").id();
            assertThatThrownBy(() -> p.themes().split(dana, "Y", List.of(koordinasi))).isInstanceOf(UserException.class);
            assertThatThrownBy(() -> p.themes().addLink("theme", dana, "theme", dana, "influences", null))
                    .isInstanceOf(UserException.class);
            assertThatThrownBy(() -> p.themes().addLink("theme", dana, "code", koordinasi, "causes", null))
                    .isInstanceOf(UserException.class);
        }
    }

    /** Every theme and map command, each undone and redone, leaves `audit verify` clean. */
    @Test
    void everyThemeCommandIsAuditedUndoableAndVerifies() throws Exception {
        Path path = ThemeFixture.create(dir);
        try (Project p = Project.open(path, "alice")) {
            ThemeService t = p.themes();
            UUID hambatan = t.resolve("Hambatan").id();
            UUID dana = t.resolve("Dana").id();
            UUID koordinasi = p.codebook().resolve("Koordinasi").id();
            UUID anggaran = p.codebook().resolve("Anggaran").id();
            UUID unused = p.codebook().resolve("Unused").id();
            roundTrip(p);
            t.setStatus("Hambatan", "reviewed");
            roundTrip(p);
            t.promote(hambatan);
            assertThat(t.find(hambatan).status()).isEqualTo("final");
            p.undo();
            assertThat(t.find(hambatan).status()).isEqualTo("reviewed");
            p.redo();
            t.demote(hambatan);
            roundTrip(p);
            t.edit(hambatan, "Hambatan birokrasi", "Procedures that slow cooperation");
            roundTrip(p);
            t.addCodes(dana, List.of(unused, anggaran));
            roundTrip(p);
            t.removeCodes(dana, List.of(unused));
            roundTrip(p);
            UUID link = t.addLink("theme", hambatan, "theme", dana, "influences", "budget delays");
            roundTrip(p);
            t.addLink("theme", dana, "code", koordinasi, "contradicts", null);
            roundTrip(p);
            t.removeLink(link);
            roundTrip(p);
            t.place(List.of(new Placement("theme", dana, 120.0, 80.0)));
            roundTrip(p);
            UUID split = t.split(hambatan, "Koordinasi lemah", List.of(koordinasi));
            assertThat(t.codesOf(hambatan)).extracting(c -> c.name()).containsExactly("Anggaran");
            roundTrip(p);
            p.undo();
            assertThat(t.codesOf(hambatan)).extracting(c -> c.name()).containsExactlyInAnyOrder("Anggaran", "Koordinasi");
            p.redo();
            p.memos().save(Memo.ON_THEME, dana, "Money comes late every year");
            t.add("Sub", List.of(), null, dana);
            t.merge(dana, split);
            assertThat(t.list()).extracting(Theme::name).doesNotContain("Dana");
            assertThat(p.memos().on(Memo.ON_THEME, split)).isPresent();
            assertThat(t.find(t.resolve("Sub").id()).parentId()).isEqualTo(split);
            assertThat(t.links()).singleElement().satisfies(l -> assertThat(l.fromId()).isEqualTo(split));
            roundTrip(p);
            p.undo();
            assertThat(t.resolve("Dana").id()).isEqualTo(dana);
            assertThat(t.codesOf(dana)).extracting(c -> c.name()).containsExactly("Anggaran");
            assertThat(t.codesOf(split)).extracting(c -> c.name()).containsExactly("Koordinasi");
            assertThat(p.memos().on(Memo.ON_THEME, dana)).isPresent();
            assertThat(t.find(t.resolve("Sub").id()).parentId()).isEqualTo(dana);
            assertThat(t.links()).singleElement().satisfies(l -> assertThat(l.fromId()).isEqualTo(dana));
            assertThat(t.positions()).singleElement().satisfies(pos -> assertThat(pos.x()).isEqualTo(120.0));
            p.redo();
            t.delete(t.resolve("Sub").id());
            roundTrip(p);
            t.resetLayout();
            assertThat(t.positions()).isEmpty();
            roundTrip(p);
            assertThat(p.audit().page(0, 10_000).stream().map(e -> e.action()))
                    .contains("theme.create", "theme.status", "theme.edit", "theme.addCodes", "theme.removeCodes",
                            "theme.split", "theme.merge", "theme.delete", "map.link.add", "map.link.remove", "map.place");
        }
    }

    private static void roundTrip(Project p) {
        assertThat(p.supervision().reconciler().reconcile()).as("after the change").isEmpty();
        p.undo();
        assertThat(p.supervision().reconciler().reconcile()).as("after undo").isEmpty();
        p.redo();
        assertThat(p.supervision().reconciler().reconcile()).as("after redo").isEmpty();
        assertThat(p.audit().verify().isIntact()).isTrue();
    }
}
