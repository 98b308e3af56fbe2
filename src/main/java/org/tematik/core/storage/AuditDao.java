package org.tematik.core.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.ChainHead;

@RegisterRowMapper(AuditDao.EventMapper.class)
public interface AuditDao {
    String SELECT = "SELECT seq, occurred_at, coder, action, entity_type, entity_id, summary, data, prev_hash, hash FROM audit_events ";

    /** The chain head, locked until the transaction ends: appends are serialized by the database. */
    @SqlQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
    @RegisterConstructorMapper(ChainHead.class)
    ChainHead lockHead();

    @SqlQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
    @RegisterConstructorMapper(ChainHead.class)
    ChainHead head();

    @SqlUpdate("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
    void moveHead(@Bind("seq") long seq, @Bind("hash") String hash);

    @SqlUpdate("INSERT INTO audit_events (seq, occurred_at, coder, action, entity_type, entity_id, summary, data, prev_hash, hash) "
            + "VALUES (:seq, :time, :coder, :action, :entityType, :entityId, :summary, :data, :prevHash, :hash)")
    void insert(@BindMethods AuditEvent event);

    @SqlQuery(SELECT + "ORDER BY seq")
    Stream<AuditEvent> streamAll();

    @SqlQuery(SELECT + "WHERE seq > :afterSeq ORDER BY seq FETCH FIRST :limit ROWS ONLY")
    List<AuditEvent> page(@Bind("afterSeq") long afterSeq, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_events")
    long count();

    final class EventMapper implements RowMapper<AuditEvent> {
        @Override
        public AuditEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AuditEvent(
                    rs.getLong("seq"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("coder"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("summary"),
                    rs.getString("data"),
                    rs.getString("prev_hash"),
                    rs.getString("hash"));
        }
    }
}
