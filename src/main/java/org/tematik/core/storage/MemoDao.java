package org.tematik.core.storage;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.memo.Memo;

@RegisterConstructorMapper(Memo.class)
public interface MemoDao {
    String SELECT = "SELECT m.id, m.target_type, m.target_id, m.title, m.body, c.name AS coder, m.created_at, m.updated_at "
            + "FROM memos m JOIN coders c ON c.id = m.coder_id ";

    @SqlQuery(SELECT + "WHERE m.target_type = :type AND m.target_id = :targetId ORDER BY m.created_at")
    List<Memo> forTarget(@Bind("type") String targetType, @Bind("targetId") UUID targetId);

    @SqlQuery(SELECT + "WHERE m.target_type = :type ORDER BY m.created_at")
    List<Memo> forTargetType(@Bind("type") String targetType);

    @SqlQuery(SELECT + "WHERE m.id = :id")
    java.util.Optional<Memo> find(@Bind("id") UUID id);

    @SqlQuery(SELECT + "ORDER BY m.updated_at DESC")
    List<Memo> listAll();

    @SqlUpdate("UPDATE memos SET title = :title, body = :body, updated_at = :updatedAt WHERE id = :id")
    int update(@Bind("id") UUID id, @Bind("title") String title, @Bind("body") String body,
               @Bind("updatedAt") java.time.Instant updatedAt);

    @SqlUpdate("DELETE FROM memos WHERE id = :id")
    int delete(@Bind("id") UUID id);

    /** Memos on the codings of one source: what the document view shows, in one query however many codings. */
    @SqlQuery(SELECT + "JOIN codings g ON g.id = m.target_id WHERE m.target_type = 'coding' AND g.source_id = :sourceId "
            + "ORDER BY m.created_at")
    List<Memo> onCodingsOf(@Bind("sourceId") UUID sourceId);

    @SqlQuery(SELECT + "WHERE m.target_type = :type AND m.target_id IN (<targetIds>) ORDER BY m.created_at")
    List<Memo> forTargets(@Bind("type") String targetType, @BindList("targetIds") List<UUID> targetIds);

    @SqlUpdate("INSERT INTO memos (id, target_type, target_id, title, body, coder_id, created_at, updated_at) "
            + "VALUES (:id, :targetType, :targetId, :title, :body, :coderId, :createdAt, :updatedAt)")
    void insert(@BindMethods Memo memo, @Bind("coderId") UUID coderId);

    @SqlUpdate("DELETE FROM memos WHERE target_type = :type AND target_id = :targetId")
    int deleteForTarget(@Bind("type") String targetType, @Bind("targetId") UUID targetId);
}
