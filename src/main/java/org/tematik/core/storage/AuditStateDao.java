package org.tematik.core.storage;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The current codebook, codings, sources and reviews, compactly, for reconciling them with the audit trail. */
public interface AuditStateDao {
    record CodingRow(UUID id, UUID sourceId, UUID codeId, int start, int end, String coder) {
    }

    record CodeRow(UUID id, UUID parentId, String name, String definition) {
    }

    record SourceRow(UUID id, String name, boolean removed) {
    }

    @SqlQuery("SELECT g.id, g.source_id, g.code_id, g.start_cp AS start, g.end_cp AS \"end\", c.name AS coder "
            + "FROM codings g JOIN coders c ON c.id = g.coder_id")
    @RegisterConstructorMapper(CodingRow.class)
    List<CodingRow> codings();

    @SqlQuery("SELECT id, parent_id, name, definition FROM codes")
    @RegisterConstructorMapper(CodeRow.class)
    List<CodeRow> codes();

    record ReviewRow(UUID id, String kind, String body, String reviewer, Long headSeq, String headHash) {
    }

    @SqlQuery("SELECT id, kind, body, reviewer, head_seq, head_hash FROM reviews")
    @RegisterConstructorMapper(ReviewRow.class)
    List<ReviewRow> reviews();

    @SqlQuery("SELECT id, name, removed FROM sources")
    @RegisterConstructorMapper(SourceRow.class)
    List<SourceRow> sources();
}
