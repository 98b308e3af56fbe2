package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.exchange.QuirkFixturesAccess;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.ProjectCopies;

class ExchangeCliTest {
    @TempDir
    Path tmp;

    @Test
    void exportImportProjectAndMergeFromTheCommandLine() {
        Path base = BaseProject.create(tmp.resolve("shared"));
        CliRun.in(base, "alice", "codes", "add", "Koordinasi");
        Path bob = ProjectCopies.copy(base, tmp.resolve("bob"));
        CliRun coded = CliRun.in(bob, "bob", "code", "--source", BaseProject.INTERVIEW,
                "--code", "Koordinasi", "--start", "0", "--end", "8");
        assertThat(coded.exit()).as(coded.toString()).isZero();

        CliRun export = CliRun.in(bob, "bob", "export", "qdpx", "-o", tmp.resolve("bob.qdpx").toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(export.out()).contains("1 codes, 2 sources, 1 codings");
        CliRun qdc = CliRun.in(bob, "bob", "export", "qdc", "-o", tmp.resolve("bob.qdc").toString());
        assertThat(qdc.out()).contains("codebook (1 codes)");

        CliRun imported = CliRun.of("--user", "carol", "import-project", tmp.resolve("bob.qdpx").toString(),
                tmp.resolve("copy").toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Created the project", "2 sources, 1 codings", "Nothing was lost");

        CliRun merged = CliRun.in(base, "alice", "merge", bob.toString());
        assertThat(merged.exit()).as(merged.toString()).isZero();
        assertThat(merged.out()).contains("added 0 codes, 0 sources, 1 codings", "No conflicts.");
        CliRun undo = CliRun.in(base, "alice", "undo");
        assertThat(undo.out()).contains("Undo: Merged");
    }

    @Test
    void lossReportIsPrintedAndBadInputGetsExitCodes() throws Exception {
        Path file = QuirkFixturesAccess.qdpx(tmp, "nvivo", Map.of());
        CliRun imported = CliRun.of("--user", "carol", "import-project", file.toString(), tmp.resolve("nv").toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("Not carried over:", "picture source(s)", "set(s)", "Adjusted on the way in:");

        CliRun usage = CliRun.in(tmp.resolve("nv"), "carol", "export", "pdf", "-o", "x");
        assertThat(usage.exit()).isEqualTo(TematikCli.USAGE);
        CliRun missing = CliRun.of("import-project", tmp.resolve("nothing.qdpx").toString(), tmp.resolve("z").toString());
        assertThat(missing.exit()).isEqualTo(TematikCli.USER_ERROR);
        assertThat(missing.errLines()).containsExactly("The file " + tmp.resolve("nothing.qdpx") + " does not exist.");
        assertThat(tmp.resolve("z")).doesNotExist();
    }
}
