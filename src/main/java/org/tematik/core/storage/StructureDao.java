package org.tematik.core.storage;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.tematik.core.source.SourceStructure.Annotation;
import org.tematik.core.source.SourceStructure.Page;
import org.tematik.core.source.SourceStructure.Paragraph;
import org.tematik.core.source.SourceStructure.SpeakerTurn;

/** Pages, paragraphs, speaker turns and annotations of sources: written once with the source, then read. */
public interface StructureDao extends SqlObject {
    /** Rows sent to the database at a time by {@link #insertParagraphs}. */
    int PARAGRAPH_CHUNK = 1000;

    /**
     * Bound by position, a thousand rows at a time: a long PDF has tens of thousands of paragraphs, and
     * binding them through {@code @BindMethods} took half as long again as the database's own work.
     */
    default void insertParagraphs(UUID sourceId, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = getHandle().prepareBatch("INSERT INTO source_paragraphs "
                + "(source_id, number, start_cp, end_cp, page, kind) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                batch.bind(0, sourceId).bind(1, p.number()).bind(2, p.start()).bind(3, p.end()).bind(4, p.page())
                        .bind(5, p.kind()).add();
                if ((i + 1) % PARAGRAPH_CHUNK == 0 || i == paragraphs.size() - 1) {
                    batch.execute();
                }
            }
        }
    }

    @SqlBatch("INSERT INTO source_pages (source_id, number, start_cp, end_cp) VALUES (:sourceId, :number, :start, :end)")
    void insertPages(@Bind("sourceId") UUID sourceId, @BindMethods List<Page> pages);

    @SqlBatch("INSERT INTO speaker_turns (source_id, number, speaker, start_cp, end_cp, stamp) "
            + "VALUES (:sourceId, :number, :speaker, :start, :end, :timestamp)")
    void insertTurns(@Bind("sourceId") UUID sourceId, @BindMethods List<SpeakerTurn> turns);

    @SqlBatch("INSERT INTO source_annotations (id, source_id, kind, start_cp, end_cp, author, body) "
            + "VALUES (:id, :sourceId, :kind, :start, :end, :author, :text)")
    void insertAnnotations(@Bind("sourceId") UUID sourceId, @Bind("id") List<UUID> ids, @BindMethods List<Annotation> annotations);

    @SqlQuery("SELECT number, start_cp AS start, end_cp AS \"end\", page, kind FROM source_paragraphs "
            + "WHERE source_id = :sourceId ORDER BY number")
    @RegisterConstructorMapper(Paragraph.class)
    List<Paragraph> paragraphs(@Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT number, start_cp AS start, end_cp AS \"end\" FROM source_pages WHERE source_id = :sourceId ORDER BY number")
    @RegisterConstructorMapper(Page.class)
    List<Page> pages(@Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT number, speaker, start_cp AS start, end_cp AS \"end\", stamp AS timestamp FROM speaker_turns "
            + "WHERE source_id = :sourceId ORDER BY number")
    @RegisterConstructorMapper(SpeakerTurn.class)
    List<SpeakerTurn> turns(@Bind("sourceId") UUID sourceId);

    @SqlQuery("SELECT kind, start_cp AS start, end_cp AS \"end\", author, body AS text FROM source_annotations "
            + "WHERE source_id = :sourceId ORDER BY start_cp")
    @RegisterConstructorMapper(Annotation.class)
    List<Annotation> annotations(@Bind("sourceId") UUID sourceId);
}
