package org.tematik.core.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.coding.Coding;

@RegisterConstructorMapper(Coding.class)
public interface CodingDao {
    String SELECT = "SELECT g.id, g.source_id, g.code_id, g.start_cp AS start, g.end_cp AS \"end\", c.name AS coder, "
            + "g.created_at FROM codings g JOIN coders c ON c.id = g.coder_id ";

    @SqlQuery(SELECT + "WHERE g.id = :id")
    Optional<Coding> find(@Bind("id") UUID id);

    @SqlQuery(SELECT + "WHERE g.source_id = :sourceId ORDER BY g.start_cp, g.end_cp")
    List<Coding> forSource(@Bind("sourceId") UUID sourceId);

    @SqlQuery(SELECT + "WHERE g.code_id IN (<codeIds>) ORDER BY g.source_id, g.start_cp")
    List<Coding> forCodes(@BindList("codeIds") List<UUID> codeIds);

    @SqlQuery(SELECT + "JOIN sources s ON s.id = g.source_id WHERE s.removed = FALSE ORDER BY s.name, g.start_cp")
    List<Coding> listActive();

    /** The names of everyone with a coding in an active source, sorted. */
    @SqlQuery("SELECT DISTINCT c.name FROM codings g JOIN coders c ON c.id = g.coder_id JOIN sources s ON s.id = g.source_id "
            + "WHERE s.removed = FALSE ORDER BY c.name")
    List<String> activeCoderNames();

    /** One code's codings in active sources, read through the code index (not all codings, filtered). */
    @SqlQuery(SELECT + "JOIN sources s ON s.id = g.source_id WHERE g.code_id = :codeId AND s.removed = FALSE "
            + "ORDER BY s.name, g.start_cp")
    List<Coding> activeForCode(@Bind("codeId") UUID codeId);

    /** The same coder's codings of the same span with the same code (another coder's twin is independent work). */
    @SqlQuery("SELECT COUNT(*) FROM codings g JOIN coders c ON c.id = g.coder_id WHERE g.source_id = :sourceId "
            + "AND g.code_id = :codeId AND g.start_cp = :start AND g.end_cp = :end AND c.name = :coder")
    int countSame(@Bind("sourceId") UUID sourceId, @Bind("codeId") UUID codeId, @Bind("start") int start, @Bind("end") int end,
                  @Bind("coder") String coder);

    /**
     * Codings per code in active sources. Counted over the code index, less those in removed sources
     * (usually none): joining every coding to its source cost 200 ms at 100,000 codings, on every open.
     */
    default Map<UUID, Integer> countsByCode() {
        Map<UUID, Integer> counts = new HashMap<>(countsInAllSources());
        countsInRemovedSources().forEach((code, n) -> counts.merge(code, -n, Integer::sum));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    @SqlQuery("SELECT code_id, COUNT(*) AS n FROM codings GROUP BY code_id")
    @KeyColumn("code_id")
    @ValueColumn("n")
    Map<UUID, Integer> countsInAllSources();

    @SqlQuery("SELECT g.code_id, COUNT(*) AS n FROM sources s JOIN codings g ON g.source_id = s.id "
            + "WHERE s.removed = TRUE GROUP BY g.code_id")
    @KeyColumn("code_id")
    @ValueColumn("n")
    Map<UUID, Integer> countsInRemovedSources();

    @SqlQuery("SELECT g.code_id, COUNT(DISTINCT g.source_id) AS n FROM codings g JOIN sources s ON s.id = g.source_id "
            + "WHERE s.removed = FALSE GROUP BY g.code_id")
    @KeyColumn("code_id")
    @ValueColumn("n")
    Map<UUID, Integer> sourceCountsByCode();

    @SqlUpdate("INSERT INTO codings (id, source_id, code_id, start_cp, end_cp, coder_id, created_at) "
            + "VALUES (:id, :sourceId, :codeId, :start, :end, :coderId, :createdAt)")
    void insert(@BindMethods Coding coding, @Bind("coderId") UUID coderId);

    @SqlUpdate("UPDATE codings SET code_id = :codeId WHERE id IN (<ids>)")
    int reassign(@BindList("ids") List<UUID> ids, @Bind("codeId") UUID codeId);

    @SqlUpdate("DELETE FROM codings WHERE id = :id")
    int delete(@Bind("id") UUID id);
}
