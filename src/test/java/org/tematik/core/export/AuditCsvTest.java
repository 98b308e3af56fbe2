package org.tematik.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.ProjectCopies;
import org.tematik.testsupport.SupervisedProject;

/** An exported CSV carries the chain: it verifies without the project, and any edit to a line is caught. */
class AuditCsvTest {
    @TempDir
    static Path shared;
    static Path dir;
    static Path csv;
    static long events;

    @TempDir
    Path tmp;

    @BeforeAll
    static void export() {
        dir = ProjectCopies.copy(SupervisedProject.create(shared), shared.resolve("p"));
        // quotes, commas and a line break's worth of trouble in a name: CSV quoting must survive the round trip
        CliRun add = CliRun.in(dir, "alice", "codes", "add", "Budget, \"staff\" and; more");
        assertThat(add.exit()).as(add.toString()).isZero();
        try (Project p = Project.open(dir, "x")) {
            events = p.audit().count();
        }
        csv = shared.resolve("trail.csv");
        CliRun run = CliRun.in(dir, "supervisor", "audit", "export", "--format", "csv", "-o", csv.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported " + events + " events to " + csv);
    }

    private static List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    private Path write(List<String> lines) throws IOException {
        Path f = tmp.resolve("edited.csv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void wholeExportVerifiesWithoutTheProject() {
        CliRun run = CliRun.of("audit", "verify", "--file", csv.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("exported trail intact: " + events + " events, complete from event 1 to " + events)
                .contains("hash of event " + events + ": ");
    }

    @Test
    void fileHasTheMarkerHeaderAndOneLinePerEvent() throws IOException {
        List<String> lines = lines();
        assertThat(lines.get(0)).isEqualTo("# tematik audit trail v1; selection=all");
        assertThat(lines.get(1)).startsWith("seq,time,coder,action,entity_type,entity_id,summary,data,prev_hash,hash,description");
        assertThat(lines).hasSize((int) events + 2);
        assertThat(lines.get(lines.size() - 1)).contains("\"Created code 'Budget, \"\"staff\"\" and; more'\"");
    }

    @Test
    void editedSummaryIsCaught() throws IOException {
        List<String> lines = lines();
        int at = indexOf(lines, "Renamed code 'Koordinasi'");
        lines.set(at, lines.get(at).replace("Renamed code 'Koordinasi'", "Renamed code 'Koordinasi lama'"));
        CliRun run = CliRun.of("audit", "verify", "--file", write(lines).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("exported trail edited.csv broken at event " + (at - 1) + ": its content was changed after it was written.");
    }

    @Test
    void editedCoderIsCaught() throws IOException {
        List<String> lines = lines();
        lines.set(5, lines.get(5).replaceFirst(",alice,", ",bob,"));
        CliRun run = CliRun.of("audit", "verify", "--file", write(lines).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken at event 4: its content was changed");
    }

    @Test
    void deletedLineIsAMissingEvent() throws IOException {
        List<String> lines = lines();
        lines.remove(7);
        CliRun run = CliRun.of("audit", "verify", "--file", write(lines).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken at event 6: this event is missing (deleted).");
    }

    @Test
    void swappedLinesAreCaught() throws IOException {
        List<String> lines = lines();
        String a = lines.get(6);
        lines.set(6, lines.get(7));
        lines.set(7, a);
        CliRun run = CliRun.of("audit", "verify", "--file", write(lines).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken at event ");
    }

    @Test
    void claimingASelectionDoesNotHideAnEditedLine() throws IOException {
        List<String> lines = lines();
        lines.set(0, "# tematik audit trail v1; selection=coder bob");
        lines.set(3, lines.get(3).replace("wawancara-dinas", "wawancara-lain"));
        assertThat(lines.get(3)).contains("wawancara-lain");
        CliRun run = CliRun.of("audit", "verify", "--file", write(lines).toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("its content was changed");
    }

    @Test
    void selectionByCoderVerifiesWhatItHolds() {
        Path bob = tmp.resolve("bob.csv");
        CliRun export = CliRun.in(dir, "supervisor", "audit", "export", "--format", "csv", "--coder", "bob", "-o", bob.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).startsWith("Exported 4 events");
        CliRun run = CliRun.of("audit", "verify", "--file", bob.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("exported trail intact: 4 events checked (coder bob; events ");
    }

    @Test
    void sinceTomorrowExportsNothingAndABadDateIsAUsageError() {
        CliRun later = CliRun.in(dir, "supervisor", "audit", "export", "--format", "csv", "--since", "2999-01-01",
                "-o", tmp.resolve("none.csv").toString());
        assertThat(later.exit()).as(later.toString()).isZero();
        assertThat(later.out()).startsWith("Exported 0 events");
        CliRun bad = CliRun.in(dir, "supervisor", "audit", "export", "--format", "csv", "--since", "yesterday",
                "-o", tmp.resolve("x.csv").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'yesterday' is not a date");
    }

    @Test
    void notAnExportIsAPlainError() throws IOException {
        Path other = Files.writeString(tmp.resolve("other.csv"), "a,b\n1,2\n");
        CliRun run = CliRun.of("audit", "verify", "--file", other.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("is not an audit trail exported by Tematik");
        CliRun missing = CliRun.of("audit", "verify", "--file", tmp.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no file");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part);
    }
}
