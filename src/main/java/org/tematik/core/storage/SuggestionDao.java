package org.tematik.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.suggest.Rejection;

/** Where codings came from (codings.origin, V12) and the suggestions coders rejected. */
@RegisterConstructorMapper(Rejection.class)
public interface SuggestionDao {
    /** Where a coding came from, and the score it was suggested with. */
    record Origin(String origin, Double score) {
    }

    @SqlUpdate("UPDATE codings SET origin = :origin, origin_score = :score WHERE id = :id")
    int setOrigin(@Bind("id") UUID codingId, @Bind("origin") String origin, @Bind("score") Double score);

    @SqlQuery("SELECT origin, origin_score AS score FROM codings WHERE id = :id AND origin IS NOT NULL")
    @RegisterConstructorMapper(Origin.class)
    Optional<Origin> originOf(@Bind("id") UUID codingId);

    /** A coding's origin with its id, for reading the origins of many codings at once. */
    record CodingOrigin(UUID id, String origin, Double score) {
    }

    /** The codings of these codes that have an origin: one query for a whole code deletion or merge. */
    @SqlQuery("SELECT id, origin, origin_score AS score FROM codings WHERE code_id IN (<codeIds>) AND origin IS NOT NULL ORDER BY id")
    @RegisterConstructorMapper(CodingOrigin.class)
    List<CodingOrigin> originsOfCodes(@org.jdbi.v3.sqlobject.customizer.BindList("codeIds") List<UUID> codeIds);

    @SqlQuery("SELECT id FROM codings WHERE origin = :origin")
    Set<UUID> codingsWithOrigin(@Bind("origin") String origin);

    @SqlUpdate("INSERT INTO suggestion_rejections (id, source_id, code_id, start_cp, end_cp, coder_id, created_at) "
            + "VALUES (:id, :sourceId, :codeId, :start, :end, :coderId, :at)")
    void reject(@Bind("id") UUID id, @Bind("sourceId") UUID sourceId, @Bind("codeId") UUID codeId, @Bind("start") int start,
                @Bind("end") int end, @Bind("coderId") UUID coderId, @Bind("at") Instant at);

    String SELECT_REJECTION = "SELECT r.id, r.source_id, r.code_id, r.start_cp AS start, r.end_cp AS \"end\", c.name AS coder, "
            + "r.created_at FROM suggestion_rejections r JOIN coders c ON c.id = r.coder_id ";

    @SqlQuery(SELECT_REJECTION + "WHERE r.id = :id")
    Optional<Rejection> rejection(@Bind("id") UUID id);

    @SqlQuery(SELECT_REJECTION + "WHERE r.source_id = :sourceId AND c.name = :coder")
    List<Rejection> rejections(@Bind("sourceId") UUID sourceId, @Bind("coder") String coder);

    @SqlUpdate("DELETE FROM suggestion_rejections WHERE id = :id")
    int forget(@Bind("id") UUID id);
}
