package org.tematik.core.storage;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.tematik.core.audit.AuditEvent;

/** Read-only questions a supervisor asks of the trail: one code's story, names for ids. */
@RegisterRowMapper(AuditDao.EventMapper.class)
public interface AuditQueryDao {

    /** Events on the code itself, or whose data mentions it (merged into it, its parent deleted, children moved). */
    @SqlQuery(AuditDao.SELECT + "WHERE entity_type = 'code' AND (entity_id = :id OR data LIKE :pattern) ORDER BY seq")
    List<AuditEvent> codeEvents(@Bind("id") String id, @Bind("pattern") String pattern);

    /** Events that named a code (created, renamed, restored, split back): to find a code that no longer exists. */
    @SqlQuery(AuditDao.SELECT + "WHERE entity_type = 'code' AND LOWER(data) LIKE :pattern ORDER BY seq")
    List<AuditEvent> codeEventsMentioning(@Bind("pattern") String pattern);

    @SqlQuery("SELECT id, name FROM codes UNION ALL SELECT id, name FROM sources UNION ALL SELECT id, name FROM cases")
    @KeyColumn("id")
    @ValueColumn("name")
    java.util.Map<UUID, String> names();
}
