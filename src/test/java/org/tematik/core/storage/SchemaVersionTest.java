package org.tematik.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theSchemaVersionConstantIsTheNewestMigration() throws IOException {
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = MIGRATION.matcher(f.getFileName().toString());
                assertThat(m.matches()).as("migration file name " + f.getFileName()).isTrue();
                newest = Math.max(newest, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION after adding a migration").isEqualTo(newest);
    }
}
