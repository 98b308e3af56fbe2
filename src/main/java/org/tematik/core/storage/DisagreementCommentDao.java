package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.agreement.DisagreementComment;

@RegisterConstructorMapper(DisagreementComment.class)
public interface DisagreementCommentDao {
    String SELECT = "SELECT d.id, d.source_id, d.code_id, d.start_cp AS start, d.end_cp AS \"end\", d.body, "
            + "c.name AS coder, d.created_at FROM disagreement_comments d JOIN coders c ON c.id = d.coder_id ";

    @SqlQuery(SELECT + "WHERE d.id = :id")
    Optional<DisagreementComment> find(@Bind("id") UUID id);

    /** Comments on any unit of the source that overlaps [start, end), for the code, oldest first. */
    @SqlQuery(SELECT + "WHERE d.source_id = :sourceId AND d.code_id = :codeId AND d.start_cp < :end AND d.end_cp > :start "
            + "ORDER BY d.created_at, d.id")
    List<DisagreementComment> overlapping(@Bind("sourceId") UUID sourceId, @Bind("codeId") UUID codeId,
                                          @Bind("start") int start, @Bind("end") int end);

    @SqlUpdate("INSERT INTO disagreement_comments (id, source_id, code_id, start_cp, end_cp, body, coder_id, created_at) "
            + "VALUES (:id, :sourceId, :codeId, :start, :end, :body, :coderId, :createdAt)")
    void insert(@BindMethods DisagreementComment comment, @Bind("coderId") UUID coderId);

    @SqlUpdate("DELETE FROM disagreement_comments WHERE id = :id")
    int delete(@Bind("id") UUID id);
}
