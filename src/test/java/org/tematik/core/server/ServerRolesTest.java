package org.tematik.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.server.ServerRoles.Role;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;

/** Roles are enforced by the database: a reviewer's own SQL connection cannot code, only review. */
class ServerRolesTest {
    @TempDir
    Path tmp;

    @Test
    void aReviewerMayReviewButTheDatabaseRefusesItsCodingsAndAnyOtherEvent() throws Exception {
        ServerAddress address = Postgres.freshDatabase();
        String reviewer = login(address, "rina");
        String coder = login(address, "ana");
        try (Project owner = Project.initServer(address, null, "Tim", "lead", tmp.resolve("c0"))) {
            owner.sources().importFile(Files2.write(tmp.resolve("in"), INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", null);
            owner.codebook().add("Koordinasi", null, "Coordination", null);
            owner.roles().grant(reviewer, Role.REVIEWER);
            owner.roles().grant(coder, Role.CODER);
            assertThat(owner.roles().members()).containsEntry(reviewer, Role.REVIEWER).containsEntry(coder, Role.CODER);
        }
        try (Project ana = Project.openServer(address.as(coder), null, "ana", tmp.resolve("c1"))) {
            ana.codings().code(INTERVIEW, "Koordinasi", 0, 8, null);
        }
        try (Project rina = Project.openServer(address.as(reviewer), null, "rina", tmp.resolve("c2"))) {
            UserException denied = catchThrowableOfType(UserException.class,
                    () -> rina.codings().code(INTERVIEW, "Koordinasi", 10, 20, null));
            assertThat(denied.key()).isEqualTo("server.error.denied");
            rina.supervision().reviews().commentOnCode("Koordinasi", "definition is clear");
            rina.supervision().reviews().signOff("initial coding");
            assertThat(rina.codings().list("Koordinasi", null)).hasSize(1);
            assertThat(rina.audit().verify().isIntact()).isTrue();
        }
        // behind the client's back, on the reviewer's own connection: the database itself says no
        try (Connection c = Postgres.server().getDatabase(reviewer, address.database()).getConnection();
             Statement st = c.createStatement()) {
            SQLException coding = catchThrowableOfType(SQLException.class, () -> st.executeUpdate(
                    "DELETE FROM codings"));
            assertThat(coding.getSQLState()).isEqualTo("42501");
            SQLException event = catchThrowableOfType(SQLException.class, () -> st.executeUpdate(
                    "INSERT INTO audit_events (seq, occurred_at, coder, action, entity_type, summary, data, prev_hash, hash) "
                            + "VALUES (999, now(), 'rina', 'coding.add', 'coding', 'forged', '{}', 'x', 'y')"));
            assertThat(event.getSQLState()).isEqualTo("42501");
        }
        UserException unknown = catchThrowableOfType(UserException.class, () -> {
            try (Project owner = Project.openServer(address, null, "lead", tmp.resolve("c0"))) {
                owner.roles().grant("nobody_here", Role.CODER);
            }
        });
        assertThat(unknown.key()).isEqualTo("server.roles.noLogin");
    }

    /**
     * An upgrade adds tables (V15 added source_paragraph_maps): the owner's open that migrates gives the project's roles
     * their privileges on them, so a coder can still import and a reviewer still read a source's paragraphs.
     */
    @Test
    void rolesGetPrivilegesOnTablesAnUpgradeAdds() throws Exception {
        ServerAddress address = Postgres.freshDatabase();
        String reviewer = login(address, "rina");
        String coder = login(address, "ana");
        try (Project owner = Project.initServer(address, null, "Tim", "lead", tmp.resolve("u0"))) {
            owner.roles().grant(reviewer, Role.REVIEWER);
            owner.roles().grant(coder, Role.CODER);
        }
        // the project as a build before V15 left it: no paragraph-map table, the migration not yet applied
        Postgres.execute(address, "DROP TABLE source_paragraph_maps");
        Postgres.execute(address, "DELETE FROM flyway_schema_history WHERE version = '15'");
        try (Project owner = Project.openServer(address, null, "lead", tmp.resolve("u0"))) {
            assertThat(owner.sources().list()).isEmpty();
        }
        java.util.UUID source;
        try (Project ana = Project.openServer(address.as(coder), null, "ana", tmp.resolve("u1"))) {
            source = ana.sources().importFile(Files2.write(tmp.resolve("up"), INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", null)
                    .source().id();
        }
        try (Project rina = Project.openServer(address.as(reviewer), null, "rina", tmp.resolve("u2"))) {
            assertThat(rina.sources().structure(source).paragraphs()).isNotEmpty();
        }
    }

    /** A server login for one person, named after the test's database (logins belong to the whole server). */
    private static String login(ServerAddress address, String person) {
        String name = address.database() + "_" + person;
        Postgres.execute(address, "CREATE ROLE " + name + " LOGIN");
        return name;
    }
}
