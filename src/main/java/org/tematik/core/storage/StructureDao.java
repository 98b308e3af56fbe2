package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.source.SourceStructure.Annotation;
import org.tematik.core.source.SourceStructure.Page;
import org.tematik.core.source.SourceStructure.Paragraph;
import org.tematik.core.source.SourceStructure.SpeakerTurn;

/** Pages, paragraphs, speaker turns and annotations of sources: written once with the source, then read. */
public interface StructureDao extends SqlObject {
    /**
     * One row per source (see {@link ParagraphMaps}): a long PDF has tens of thousands of paragraphs,
     * and as rows they were a quarter of its import.
     */
    default void insertParagraphs(UUID sourceId, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        insertParagraphMap(sourceId, ParagraphMaps.encode(paragraphs));
    }

    @SqlUpdate("INSERT INTO source_paragraph_maps (source_id, paragraphs) VALUES (:sourceId, :map)")
    void insertParagraphMap(@Bind("sourceId") UUID sourceId, @Bind("map") String map);

    /**
     * Bound by position in one batch: binding each of a long PDF's thousands of page rows by reflection
     * ({@code @BindMethods}) took longer than the rest of storing the source.
     */
    default void insertPages(UUID sourceId, List<Page> pages) {
        if (pages.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = getHandle().prepareBatch(
                "INSERT INTO source_pages (source_id, number, start_cp, end_cp) VALUES (?, ?, ?, ?)")) {
            for (Page page : pages) {
                batch.add(sourceId, page.number(), page.start(), page.end());
            }
            batch.execute();
        }
    }

    @SqlBatch("INSERT INTO speaker_turns (source_id, number, speaker, start_cp, end_cp, stamp) "
            + "VALUES (:sourceId, :number, :speaker, :start, :end, :timestamp)")
    void insertTurns(@Bind("sourceId") UUID sourceId, @BindMethods List<SpeakerTurn> turns);

    @SqlBatch("INSERT INTO source_annotations (id, source_id, kind, start_cp, end_cp, author, body) "
            + "VALUES (:id, :sourceId, :kind, :start, :end, :author, :text)")
    void insertAnnotations(@Bind("sourceId") UUID sourceId, @Bind("id") List<UUID> ids, @BindMethods List<Annotation> annotations);

    /** In number order. */
    default List<Paragraph> paragraphs(UUID sourceId) {
        return paragraphMap(sourceId).map(ParagraphMaps::decode).orElse(List.of());
    }

    @SqlQuery("SELECT paragraphs FROM source_paragraph_maps WHERE source_id = :sourceId")
    Optional<String> paragraphMap(@Bind("sourceId") UUID sourceId);

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
