package org.tematik.core.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;

/** Building the codebook: the rules a code must keep, and that a refused change writes nothing. */
class CodebookTest {
    @TempDir
    static Path shared;
    static Path base;

    @TempDir
    Path tmp;
    Project p;

    @BeforeAll
    static void base() {
        base = BaseProject.create(shared);
    }

    @BeforeEach
    void open() {
        p = Project.open(ProjectCopies.copy(base, tmp.resolve("p")), "alice");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private UserException refused(String key, Executable change) {
        long events = p.audit().count();
        Map<String, ?> before = Db.dump(p.dir());
        UserException e = catchThrowableOfType(UserException.class, () -> {
            try {
                change.execute();
            } catch (Throwable t) {
                throw t instanceof RuntimeException r ? r : new RuntimeException(t);
            }
        });
        assertThat(e).as("expected refusal %s", key).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(p.audit().count()).as("no audit event for a refused change").isEqualTo(events);
        assertThat(Db.dump(p.dir())).as("nothing written").isEqualTo(before);
        assertThat(p.audit().verify().isIntact()).isTrue();
        return e;
    }

    @Test
    void addStoresWhatWasGiven() {
        Code theme = p.codebook().add("  Kapasitas kelembagaan ", null, "What institutions can do", "#0072B2");
        Code child = p.codebook().add("Anggaran", "Kapasitas kelembagaan", "  ", null);
        assertThat(theme.name()).isEqualTo("Kapasitas kelembagaan");
        assertThat(theme.definition()).isEqualTo("What institutions can do");
        assertThat(theme.color()).isEqualTo("#0072b2");
        assertThat(theme.parentId()).isNull();
        assertThat(theme.createdBy()).isEqualTo("alice");
        assertThat(child.parentId()).isEqualTo(theme.id());
        assertThat(child.definition()).isNull();
        assertThat(child.color()).matches("#[0-9a-f]{6}");
        assertThat(child.sortOrder()).isGreaterThan(theme.sortOrder());

        assertThat(p.codebook().tree()).extracting(CodeNode::path, CodeNode::depth, CodeNode::codings).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kapasitas kelembagaan", 0, 0),
                org.assertj.core.groups.Tuple.tuple("Kapasitas kelembagaan > Anggaran", 1, 0));
    }

    @Test
    void duplicateNamesAmongSiblingsAreRefusedIgnoringCase() {
        p.codebook().add("Koordinasi", null, null, null);
        UserException e = refused("code.error.duplicate", () -> p.codebook().add("KOORDINASI", null, null, null));
        assertThat(e.getMessage()).isEqualTo("There is already a code named 'KOORDINASI' at that level of the codebook. "
                + "Choose another name, or merge the two codes.");
        refused("code.error.duplicate", () -> p.codebook().add(" koordinasi ", null, null, null));

        p.codebook().add("Tema", null, null, null);
        p.codebook().add("Anggaran", "Tema", null, null);
        refused("code.error.duplicate", () -> p.codebook().add("anggaran", "Tema", null, null));
    }

    @Test
    void sameNameUnderDifferentParentsIsAllowed() {
        p.codebook().add("Interview", null, null, null);
        p.codebook().add("Document", null, null, null);
        Code a = p.codebook().add("Hambatan", "Interview", null, null);
        Code b = p.codebook().add("Hambatan", "Document", null, null);
        Code c = p.codebook().add("Hambatan", null, null, null);
        assertThat(a.id()).isNotEqualTo(b.id()).isNotEqualTo(c.id());
        assertThat(p.codebook().tree()).extracting(CodeNode::path)
                .contains("Interview > Hambatan", "Document > Hambatan", "Hambatan");

        // a name used more than once is resolved by path, and a bare ambiguous name is refused
        assertThat(p.codebook().resolve("Document > Hambatan").id()).isEqualTo(b.id());
        assertThat(p.codebook().resolve("interview > hambatan").id()).isEqualTo(a.id());
        assertThat(p.codebook().resolve(b.id().toString()).id()).isEqualTo(b.id());
        // "Hambatan" is also the path of the root code, so the path wins
        assertThat(p.codebook().resolve("Hambatan").id()).isEqualTo(c.id());
    }

    @Test
    void ambiguousAndUnknownNames() {
        p.codebook().add("A", null, null, null);
        p.codebook().add("B", null, null, null);
        p.codebook().add("X", "A", null, null);
        p.codebook().add("X", "B", null, null);
        assertThatThrownBy(() -> p.codebook().resolve("X")).isInstanceOf(UserException.class)
                .hasMessage("More than one code is named 'X'. Give its path, such as 'Theme > Code', or its id.");
        assertThatThrownBy(() -> p.codebook().resolve("Nope")).isInstanceOf(UserException.class)
                .hasMessageStartingWith("There is no code named 'Nope'.");
        refused("code.error.unknown", () -> p.codebook().add("Child", "Nope", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "#GGGGGG", "12345678", "#12 456", ""})
    void badColoursAreRefused(String color) {
        if (color.isEmpty()) {
            // blank means "pick one for me"
            assertThat(p.codebook().add("Blank", null, null, color).color()).matches("#[0-9a-f]{6}");
            return;
        }
        UserException e = refused("code.error.color", () -> p.codebook().add("Warna", null, null, color));
        assertThat(e.getMessage()).isEqualTo("'" + color.strip() + "' is not a colour. Write it as #RRGGBB, for example #e69f00.");
    }

    @Test
    void emptyAndOverlongNamesAreRefused() {
        refused("code.error.emptyName", () -> p.codebook().add("   ", null, null, null));
        refused("code.error.longName", () -> p.codebook().add("x".repeat(301), null, null, null));
        assertThat(p.codebook().add("y".repeat(300), null, null, null).name()).hasSize(300);
    }

    @Test
    void renameKeepsSiblingNamesUnique() {
        p.codebook().add("Koordinasi", null, null, null);
        p.codebook().add("Anggaran", null, null, null);
        refused("code.error.duplicate", () -> p.codebook().rename("Anggaran", "koordinasi"));
        refused("code.error.emptyName", () -> p.codebook().rename("Anggaran", " "));
        // changing only the case of its own name is fine
        assertThat(p.codebook().rename("Anggaran", "ANGGARAN").name()).isEqualTo("ANGGARAN");
        assertThat(p.codebook().rename("anggaran", "Anggaran & SDM").name()).isEqualTo("Anggaran & SDM");
    }

    @Test
    void mergeIntoItselfOrItsOwnDescendantIsRefused() {
        p.codebook().add("Tema", null, null, null);
        p.codebook().add("Sub", "Tema", null, null);
        p.codebook().add("Subsub", "Tema > Sub", null, null);
        UserException e = refused("code.error.mergeIntoSelf", () -> p.codebook().merge("Tema", "Subsub"));
        assertThat(e.getMessage()).isEqualTo("Code 'Tema' cannot be merged into 'Subsub': that is the same code or one of its own sub-codes.");
        refused("code.error.mergeIntoSelf", () -> p.codebook().merge("Tema", "Sub"));
        refused("code.error.mergeIntoSelf", () -> p.codebook().merge("Sub", "Tema > Sub"));
        // upwards is fine
        p.codebook().merge("Subsub", "Tema");
        assertThat(p.codebook().tree()).extracting(CodeNode::path).containsExactly("Tema", "Tema > Sub");
    }

    @Test
    void mergeWhoseChildrenClashIsRefused() {
        p.codebook().add("Pusat", null, null, null);
        p.codebook().add("Daerah", null, null, null);
        p.codebook().add("Anggaran", "Pusat", null, null);
        p.codebook().add("anggaran", "Daerah", null, null);
        UserException e = refused("code.error.mergeChildClash", () -> p.codebook().merge("Pusat", "Daerah"));
        assertThat(e.getMessage()).contains("'Pusat'", "'Daerah'", "'Anggaran'");
    }

    @Test
    void deleteRefusesAnUnknownCode() {
        refused("code.error.unknown", () -> p.codebook().delete("Tidak ada"));
    }

    @Test
    void deletionImpactCountsChildCodesAndCodings() {
        Code theme = p.codebook().add("Tema", null, null, null);
        p.codebook().add("A", "Tema", null, null);
        p.codebook().add("B", "Tema > A", null, null);
        p.codings().code(BaseProject.INTERVIEW, "Tema > A > B", 0, 3, null);
        p.codings().code(BaseProject.REGULATION, "Tema", 0, 3, null);
        assertThat(p.codebook().impactOfDeleting(theme.id())).isEqualTo(new CodebookService.DeletionImpact(2, 2));
    }

    @Test
    void treeListsParentsBeforeChildrenWithCounts() {
        p.codebook().add("Z theme", null, null, null);
        p.codebook().add("A theme", null, null, null);
        p.codebook().add("child", "Z theme", null, null);
        p.codings().code(BaseProject.INTERVIEW, "child", 0, 3, null);
        p.codings().code(BaseProject.INTERVIEW, "child", 4, 5, null);
        assertThat(p.codebook().tree()).extracting(CodeNode::path, CodeNode::codings).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Z theme", 0),
                org.assertj.core.groups.Tuple.tuple("Z theme > child", 2),
                org.assertj.core.groups.Tuple.tuple("A theme", 0));
    }
}
