package org.tematik.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.UserException;

/** The benchmark's project generator: the counts asked for, a real trail, and the same project for the same seed. */
class ProjectGeneratorTest {
    private static final ProjectGenerator.Spec SPEC = new ProjectGenerator.Spec(8, 9_000, 14, 160, 3, 42);

    @TempDir
    static Path tmp;
    static ProjectGenerator.Result first;

    @BeforeAll
    static void generate() {
        first = ProjectGenerator.generate(tmp.resolve("a"), SPEC, (phase, done, total) -> { });
    }

    @Test
    void theProjectHasWhatWasAskedFor() {
        try (Project p = Project.open(tmp.resolve("a"), "reader")) {
            List<Source> sources = p.sources().list();
            assertThat(sources).hasSize(8);
            assertThat(sources.stream().mapToLong(Source::chars).sum()).isEqualTo(9_000);
            assertThat(sources.stream().map(Source::sourceType).distinct().count()).isGreaterThan(1);
            assertThat(sources.stream().map(Source::method).distinct().count()).isGreaterThan(1);
            assertThat(sources).allSatisfy(s -> assertThat(p.sources().text(s.id())).hasSize(s.chars()));
            assertThat(sources.stream().anyMatch(s -> !p.sources().structure(s.id()).turns().isEmpty())).isTrue();
            assertThat(sources.stream().anyMatch(s -> !p.casebook().casesOf(s.id()).isEmpty())).isTrue();

            List<CodeNode> tree = p.codebook().tree();
            assertThat(tree).hasSize(14);
            assertThat(tree.stream().mapToInt(CodeNode::depth).max().orElse(0)).isGreaterThanOrEqualTo(1);

            List<CodingView> codings = p.codings().list(null, null);
            assertThat(codings).hasSize(160);
            assertThat(codings.stream().map(c -> c.coding().coder()).collect(Collectors.toSet())).hasSize(3);
            assertThat(codings.stream().filter(c -> c.memo() != null).count()).isEqualTo(first.memos()).isPositive();
            assertThat(overlaps(codings)).isPositive();

            List<AuditEvent> events = p.audit().page(0, 10_000);
            assertThat(events).hasSize((int) first.events());
            assertThat(events.stream().filter(e -> e.action().equals("coding.add")).count()).isEqualTo(160);
            assertThat(events.stream().filter(e -> e.action().equals("source.import")).count()).isEqualTo(8);
            assertThat(events.get(events.size() - 1).hash()).isEqualTo(first.chainHead());
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameProjectAndAnotherSeedAnother() {
        ProjectGenerator.Result again = ProjectGenerator.generate(tmp.resolve("b"), SPEC, (phase, done, total) -> { });
        ProjectGenerator.Result other = ProjectGenerator.generate(tmp.resolve("c"),
                new ProjectGenerator.Spec(8, 9_000, 14, 160, 3, 43), (phase, done, total) -> { });
        // the chain head hashes every event: times, coders, ids, names, offsets, memos and the texts' SHA-256
        assertThat(again.chainHead()).isEqualTo(first.chainHead());
        assertThat(other.chainHead()).isNotEqualTo(first.chainHead());
        assertThat(texts(tmp.resolve("b"))).isEqualTo(texts(tmp.resolve("a"))).isNotEqualTo(texts(tmp.resolve("c")));
    }

    @Test
    void impossibleRequestsAreRefused() {
        assertThatThrownBy(() -> new ProjectGenerator.Spec(10, 500, 5, 10, 3, 1)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> new ProjectGenerator.Spec(0, 500, 5, 10, 3, 1)).isInstanceOf(UserException.class);
    }

    private static List<String> texts(Path dir) {
        try (Project p = Project.open(dir, "reader")) {
            return p.sources().list().stream().sorted(Comparator.comparing(Source::name)).map(s -> p.sources().text(s.id())).toList();
        }
    }

    /** Pairs of codings in the same source whose spans overlap. */
    private static int overlaps(List<CodingView> codings) {
        int n = 0;
        List<CodingView> all = new ArrayList<>(codings);
        Set<String> seen = new HashSet<>();
        for (CodingView a : all) {
            for (CodingView b : all) {
                if (a != b && a.coding().sourceId().equals(b.coding().sourceId()) && a.coding().start() < b.coding().end()
                        && b.coding().start() < a.coding().end() && seen.add(a.coding().id() + "" + b.coding().id())) {
                    n++;
                }
            }
        }
        return n;
    }
}
