package org.tematik.core.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface CoderDao {
    @SqlQuery("SELECT id FROM coders WHERE name = :name")
    Optional<UUID> findId(@Bind("name") String name);

    @SqlUpdate("INSERT INTO coders (id, name, created_at) VALUES (:id, :name, :at)")
    void insert(@Bind("id") UUID id, @Bind("name") String name, @Bind("at") Instant at);

    @SqlQuery("SELECT name FROM coders ORDER BY name")
    java.util.List<String> names();

    /**
     * Coders appear on their first change; no separate sign-up. The id comes from the name, so the same
     * coder has the same id in every project (and a generated project is the same on every run).
     */
    default UUID ensure(String name, Instant at) {
        return findId(name).orElseGet(() -> {
            UUID id = UUID.nameUUIDFromBytes(("coder:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert(id, name, at);
            return id;
        });
    }
}
