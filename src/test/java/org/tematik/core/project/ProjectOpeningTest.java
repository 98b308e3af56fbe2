package org.tematik.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Db;

/** Projects that cannot be opened or created say why, and leave nothing half-made behind. */
class ProjectOpeningTest {
    @TempDir
    Path dir;

    @Test
    void anOverLongNameOrUserIsRefusedBeforeAnythingIsWritten() {
        Path project = dir.resolve("study");
        assertThatThrownBy(() -> Project.init(project, "x".repeat(501), "ayu"))
                .isInstanceOf(UserException.class).hasMessage("A project name can be at most 500 characters long.");
        assertThatThrownBy(() -> Project.init(project, "Study", "u".repeat(201)))
                .isInstanceOf(UserException.class).hasMessageStartingWith("The user name must not be empty");
        assertThatThrownBy(() -> Project.init(project, "Study", " "))
                .isInstanceOf(UserException.class).hasMessageStartingWith("The user name must not be empty");
        assertThat(project).doesNotExist();
        Project.init(project, "x".repeat(500), "ayu").close();
        assertThat(Project.exists(project)).isTrue();
    }

    @Test
    void anEmptyDatabaseFileIsNotMistakenForAnEmptyStudy() throws Exception {
        Path project = Files.createDirectories(dir.resolve("empty"));
        Files.createFile(project.resolve("project.mv.db"));
        assertThatThrownBy(() -> Project.open(project, "ayu"))
                .isInstanceOf(UserException.class).hasMessageContaining("empty or unfinished project database");
    }

    @Test
    void aProjectFromANewerTematikIsNotOpened() {
        Path project = dir.resolve("newer");
        Project.init(project, "Study", "ayu").close();
        Db.update(project, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 1, 'sa', 1, TRUE)");
        assertThatThrownBy(() -> Project.open(project, "ayu"))
                .isInstanceOf(UserException.class).hasMessageContaining("saved by a newer version of Tematik");
    }

    @Test
    void aTrailEmptiedBehindTheApplicationsBackIsBroken() {
        Path project = dir.resolve("emptied");
        Project.init(project, "Study", "ayu").close();
        Db.update(project, "DELETE FROM audit_events");
        Db.update(project, "UPDATE audit_head SET last_seq = 0, last_hash = ?", "0".repeat(64));
        try (Project p = Project.open(project, "ayu")) {
            var v = p.audit().verify();
            assertThat(v.isIntact()).isFalse();
            assertThat(v.brokenSeq()).isEqualTo(1);
            assertThat(v.problemKey()).isEqualTo("audit.verify.missing");
        }
    }
}
