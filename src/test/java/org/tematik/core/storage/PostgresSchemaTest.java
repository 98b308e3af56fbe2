package org.tematik.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.server.ServerAddress;
import org.tematik.testsupport.Postgres;

/**
 * One schema, both databases: every migration on the classpath (including ones added later by other
 * features) must run unchanged on a real PostgreSQL and on H2, as the same scripts with the same checksums.
 */
class PostgresSchemaTest {
    @Test
    void everyMigrationRunsOnPostgresAndOnH2AsTheSameScripts(@TempDir Path tmp) {
        ServerAddress address = Postgres.freshDatabase();
        try (Database db = Database.openServer(address, null)) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
        }
        Map<String, Integer> onPostgres = applied(Postgres.server().getDatabase(Postgres.SUPERUSER, address.database()));
        Database.open(tmp).close();
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + tmp.resolve("project"));
        h2.setUser("sa");
        Map<String, Integer> onH2 = applied(h2);
        assertThat(onPostgres).as("migrations applied on PostgreSQL (script -> checksum)").isEqualTo(onH2);
        assertThat(onPostgres.keySet()).contains("V1__initial_schema.sql", "V10__codings_code_source_index.sql");
        int newest = onPostgres.keySet().stream().mapToInt(s -> Integer.parseInt(s.substring(1, s.indexOf("__")))).max().orElse(0);
        assertThat(newest).isEqualTo(Database.SCHEMA_VERSION);
    }

    @Test
    void reopeningAServerProjectValidatesAndAppliesNothing() {
        ServerAddress address = Postgres.freshDatabase();
        Database.openServer(address, null).close();
        Database.openServer(address, null).close();
        Flyway flyway = Flyway.configure().dataSource(Postgres.server().getDatabase(Postgres.SUPERUSER, address.database()))
                .locations("classpath:db/migration").load();
        flyway.validate();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    private static Map<String, Integer> applied(javax.sql.DataSource source) {
        Flyway flyway = Flyway.configure().dataSource(source).locations("classpath:db/migration").load();
        MigrationInfo[] all = flyway.info().all();
        List<MigrationInfo> list = Arrays.asList(all);
        assertThat(list).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        Map<String, Integer> scripts = new TreeMap<>();
        list.forEach(m -> scripts.put(m.getScript(), m.getChecksum()));
        return scripts;
    }
}
