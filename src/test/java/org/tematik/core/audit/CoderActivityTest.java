package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.SupervisedProject;

class CoderActivityTest {
    @TempDir
    static Path shared;
    static Path dir;

    @BeforeAll
    static void build() {
        dir = SupervisedProject.create(shared);
    }

    private static List<CoderActivity.Day> activity(AuditFilter filter) {
        try (Project p = Project.open(dir, "supervisor")) {
            return p.supervision().activity().of(filter);
        }
    }

    @Test
    void countsPerCoderAndDay() {
        List<CoderActivity.Day> days = activity(AuditFilter.ALL);
        LocalDate first;
        try (Project p = Project.open(dir, "supervisor")) {
            first = p.audit().page(0, 1).get(0).time().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        // the story is made in seconds; only a run across midnight UTC would split it over two days
        if (days.size() == 2) {
            assertThat(days).extracting(CoderActivity.Day::coder).containsExactly("alice", "bob");
            assertThat(days.get(0)).isEqualTo(new CoderActivity.Day(first, "alice", 3, 0, 2, 13));
            assertThat(days.get(1)).isEqualTo(new CoderActivity.Day(first, "bob", 3, 1, 1, 0));
        } else {
            assertThat(days.stream().mapToInt(CoderActivity.Day::codingsAdded).sum()).isEqualTo(6);
        }
    }

    @Test
    void filteredByCoderAndTime() {
        assertThat(activity(AuditFilter.since(null, "bob"))).extracting(CoderActivity.Day::coder).containsOnly("bob");
        assertThat(activity(AuditFilter.since(java.time.Instant.parse("2999-01-01T00:00:00Z"), null))).isEmpty();
    }

    @Test
    void cliPrintsATableAndJson() {
        CliRun table = CliRun.in(dir, "supervisor", "audit", "activity", "--coder", "bob");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out().lines().toList()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(table.out().lines().skip(1).findFirst().orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\d\\s+bob\\s+3\\s+1\\s+1\\s+0");
        CliRun json = CliRun.in(dir, "supervisor", "audit", "activity", "--json", "--coder", "bob");
        assertThat(json.out()).contains("\"coder\" : \"bob\"").contains("\"codingsAdded\" : 3").contains("\"codingsRemoved\" : 1")
                .contains("\"sourcesTouched\" : 1");
    }
}
