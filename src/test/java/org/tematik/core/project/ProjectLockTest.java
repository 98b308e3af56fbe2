package org.tematik.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.ChildJvm;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.HoldProjectOpen;

/** A project held open by another process (a real second JVM) is refused with a clear message. */
class ProjectLockTest {
    @TempDir
    Path tmp;

    @Test
    void projectOpenInAnotherProcessIsRefusedClearly() throws Exception {
        Path dir = tmp.resolve("held");
        try (Project p = Project.init(dir, "Held study", "alice")) {
            p.codebook().add("Koordinasi", null, null, null);
        }
        String expected = "Project " + dir.toAbsolutePath().normalize()
                + " is open in another Tematik window or process";

        ChildJvm child = ChildJvm.start(HoldProjectOpen.class, tmp.resolve("child.err"), dir.toString());
        try {
            String first = child.nextLine(60);
            assertThat(first).as("child stderr:%n%s", child.stderr()).isEqualTo("ready Held study");

            UserException e = catchThrowableOfType(UserException.class, () -> Project.open(dir, "bob"));
            assertThat(e).as("opening a held project must fail").isNotNull();
            assertThat(e.key()).isEqualTo("project.error.locked");
            assertThat(e.getMessage()).startsWith(expected).doesNotContain("90020").doesNotContain("Exception");

            CliRun cli = CliRun.in(dir, "bob", "codes", "list");
            assertThat(cli.exit()).as(cli.toString()).isEqualTo(1);
            assertThat(cli.out()).isEmpty();
            assertThat(cli.errLines()).hasSize(1);
            assertThat(cli.errLines().get(0)).startsWith(expected);
            assertThat(cli.err()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");

            CliRun write = CliRun.in(dir, "bob", "codes", "add", "Anggaran");
            assertThat(write.exit()).isEqualTo(1);
            assertThat(write.errLines()).singleElement().asString().startsWith(expected);
        } finally {
            child.close();
        }
        assertThat(child.process().exitValue()).isZero();

        // once the other process has let go, the project opens and nothing was written meanwhile
        try (Project p = Project.open(dir, "bob")) {
            assertThat(p.codebook().tree()).extracting(n -> n.code().name()).containsExactly("Koordinasi");
            assertThat(p.audit().verify().isIntact()).isTrue();
            assertThat(p.audit().count()).isEqualTo(2);
        }
    }

    @Test
    void debugAddsTheStackTraceForALockedProject() throws Exception {
        Path dir = tmp.resolve("held2");
        Project.init(dir, null, "alice").close();
        ChildJvm child = ChildJvm.start(HoldProjectOpen.class, tmp.resolve("child2.err"), dir.toString());
        try {
            assertThat(child.nextLine(60)).as(child.stderr()).startsWith("ready");
            CliRun cli = CliRun.in(dir, "bob", "--debug", "audit", "verify");
            assertThat(cli.exit()).isEqualTo(1);
            assertThat(cli.errLines().get(0)).contains("is open in another Tematik window or process");
            assertThat(cli.err()).contains("UserException").contains("at org.");
        } finally {
            child.close();
        }
    }
}
