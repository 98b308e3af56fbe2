package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.audit.Review;

@RegisterConstructorMapper(Review.class)
public interface ReviewDao {
    String SELECT = "SELECT id, kind, target_type, target_id, body, reviewer, created_at, head_seq, head_hash FROM reviews ";

    @SqlUpdate("INSERT INTO reviews (id, kind, target_type, target_id, body, reviewer, created_at, head_seq, head_hash) "
            + "VALUES (:id, :kind, :targetType, :targetId, :body, :reviewer, :createdAt, :headSeq, :headHash)")
    void insert(@BindMethods Review review);

    @SqlQuery(SELECT + "ORDER BY created_at, id")
    List<Review> list();

    @SqlQuery(SELECT + "WHERE kind = :kind ORDER BY created_at, id")
    List<Review> ofKind(@Bind("kind") String kind);

    @SqlQuery(SELECT + "WHERE target_type = :type AND target_id = :id ORDER BY created_at, id")
    List<Review> on(@Bind("type") String targetType, @Bind("id") String targetId);

    @SqlQuery("SELECT hash FROM audit_events WHERE seq = :seq")
    Optional<String> hashOf(@Bind("seq") long seq);
}
