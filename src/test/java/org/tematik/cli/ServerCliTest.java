package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.server.ServerAddress;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Postgres;

/** The CLI on a team project: push, work with -p URL and -p @profile, pull; no password is ever saved. */
class ServerCliTest {
    /** The embedded server trusts local logins; the password only proves it is passed and never saved. */
    private static final Map<String, String> ENV = Map.of("PGPASSWORD", "s3cret-pw");

    @TempDir
    Path tmp;

    @BeforeEach
    void home() {
        System.setProperty("tematik.home", tmp.resolve("home").toString());
    }

    @AfterEach
    void noHome() {
        System.clearProperty("tematik.home");
    }

    @Test
    void pushWorkThroughAProfileAndPull() throws Exception {
        Path local = BaseProject.create(tmp);
        ServerAddress server = Postgres.freshDatabase();
        String url = server.toString();

        CliRun push = CliRun.withEnv(ENV, "push", local.toString(), "--to", url);
        assertThat(push.exit()).as(push.toString()).isZero();
        assertThat(push.out()).contains("2 sources", "2 originals", "audit events");

        CliRun add = CliRun.withEnv(ENV, "connections", "add", "lab", url);
        assertThat(add.exit()).as(add.toString()).isZero();
        CliRun list = CliRun.withEnv(ENV, "connections");
        assertThat(list.out()).contains("lab\t" + url);

        CliRun code = CliRun.withEnv(ENV, "-p", "@lab", "--user", "bob", "codes", "add", "Koordinasi");
        assertThat(code.exit()).as(code.toString()).isZero();
        CliRun coded = CliRun.withEnv(ENV, "-p", url, "--user", "bob", "code", "--source", BaseProject.INTERVIEW, "--code", "Koordinasi", "--start", "0", "--end", "8");
        assertThat(coded.exit()).as(coded.toString()).isZero();
        CliRun verify = CliRun.withEnv(ENV, "-p", "@lab", "audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
        CliRun sources = CliRun.withEnv(ENV, "-p", "@lab", "sources", "list");
        assertThat(sources.out()).contains(BaseProject.INTERVIEW, BaseProject.REGULATION);

        Path copy = tmp.resolve("offline");
        CliRun pull = CliRun.withEnv(ENV, "pull", "@lab", copy.toString());
        assertThat(pull.exit()).as(pull.toString()).isZero();
        CliRun offline = CliRun.withEnv(ENV, "-p", copy.toString(), "audit", "verify");
        assertThat(offline.exit()).as(offline.toString()).isZero();

        CliRun backup = CliRun.withEnv(ENV, "-p", "@lab", "backup", "-o", tmp.resolve("b.zip").toString());
        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("pg_dump");

        String everything = Files.readString(tmp.resolve("home").resolve("connections.properties"));
        assertThat(everything).contains("lab=").doesNotContain("s3cret-pw").doesNotContainIgnoringCase("password=");
        try (var files = Files.walk(tmp.resolve("home"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("s3cret-pw");
            }
        }
    }

    @Test
    void initCreatesATeamProjectInAnEmptyServerDatabase() {
        ServerAddress server = Postgres.freshDatabase();
        CliRun init = CliRun.withEnv(ENV, "--user", "lead", "init", server.toString(), "--name", "Tim kota kembar");
        assertThat(init.exit()).as(init.toString()).isZero();
        assertThat(init.out()).contains("Tim kota kembar", server.toString());
        assertThat(CliRun.withEnv(ENV, "init", server.toString()).exit()).isEqualTo(1);
        CliRun encrypted = CliRun.withEnv(ENV, "init", Postgres.freshDatabase().toString(), "--encrypt");
        assertThat(encrypted.exit()).isEqualTo(1);
        assertThat(encrypted.err()).contains("leave out --encrypt");
        CliRun verify = CliRun.withEnv(ENV, "-p", server.toString(), "audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
    }

    @Test
    void anAddressWithAPasswordOrAnUnknownProfileIsRefusedClearly() {
        CliRun withPassword = CliRun.withEnv(ENV, "-p", "postgresql://localhost:5432/lab?user=ana&password=x", "sources", "list");
        assertThat(withPassword.exit()).isEqualTo(1);
        assertThat(withPassword.err()).contains("must not contain a password").doesNotContain("Exception");
        CliRun unknown = CliRun.withEnv(ENV, "-p", "@nowhere", "sources", "list");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no saved connection named 'nowhere'");
        CliRun refused = CliRun.withEnv(ENV, "connections", "add", "lab", "postgresql://ana:pw@localhost/lab");
        assertThat(refused.exit()).isEqualTo(1);
    }
}
