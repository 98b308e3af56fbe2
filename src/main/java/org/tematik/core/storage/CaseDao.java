package org.tematik.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.casebook.Case;

@RegisterConstructorMapper(Case.class)
public interface CaseDao {
    @SqlQuery("SELECT id, name, description, created_at FROM cases ORDER BY name")
    List<Case> list();

    @SqlQuery("SELECT id, name, description, created_at FROM cases WHERE id = :id")
    Optional<Case> find(@Bind("id") UUID id);

    @SqlQuery("SELECT id, name, description, created_at FROM cases WHERE LOWER(name) = LOWER(:name)")
    Optional<Case> findByName(@Bind("name") String name);

    @SqlUpdate("INSERT INTO cases (id, name, description, created_at) VALUES (:id, :name, :description, :at)")
    void insert(@Bind("id") UUID id, @Bind("name") String name, @Bind("description") String description, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM cases WHERE id = :id")
    int delete(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) FROM case_sources WHERE case_id = :caseId AND source_id = :sourceId")
    int countAssigned(@Bind("caseId") UUID caseId, @Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT COUNT(*) FROM case_sources WHERE case_id = :caseId")
    int countSources(@Bind("caseId") UUID caseId);

    @SqlUpdate("INSERT INTO case_sources (case_id, source_id) VALUES (:caseId, :sourceId)")
    void assign(@Bind("caseId") UUID caseId, @Bind("sourceId") UUID sourceId);

    @SqlUpdate("DELETE FROM case_sources WHERE case_id = :caseId AND source_id = :sourceId")
    int unassign(@Bind("caseId") UUID caseId, @Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT c.name FROM cases c JOIN case_sources cs ON cs.case_id = c.id WHERE cs.source_id = :sourceId ORDER BY c.name")
    List<String> caseNamesOf(@Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT s.name FROM sources s JOIN case_sources cs ON cs.source_id = s.id WHERE cs.case_id = :caseId "
            + "AND s.removed = FALSE ORDER BY s.name")
    List<String> sourceNamesOf(@Bind("caseId") UUID caseId);
}
