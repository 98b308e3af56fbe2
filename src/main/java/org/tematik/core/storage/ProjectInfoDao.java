package org.tematik.core.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface ProjectInfoDao {
    @SqlQuery("SELECT name FROM project_info")
    Optional<String> name();

    @SqlQuery("SELECT id FROM project_info")
    Optional<UUID> id();

    @SqlUpdate("INSERT INTO project_info (id, name, created_at) VALUES (:id, :name, :at)")
    void insert(@Bind("id") UUID id, @Bind("name") String name, @Bind("at") Instant at);
}
