package org.tematik.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Source versions and sealed pseudonym mappings (V13). Only the anonymisation commands write here; they
 * also rewrite the current text, its structure and the coding spans of the source they change.
 */
public interface SourceVersionDao {
    /** A replaced version as stored: its text and its structure as JSON. */
    record Stored(UUID sourceId, int version, String content, int chars, String structure, Instant replacedAt,
                  String replacedBy, UUID mappingId) {
    }

    /** A version without its text, for listings. */
    record Listed(int version, int chars, Instant replacedAt, String replacedBy, UUID mappingId) {
    }

    record Mapping(UUID id, Instant createdAt, String createdBy, int entryCount, String salt, String sealed) {
    }

    @SqlQuery("SELECT version FROM sources WHERE id = :id")
    Optional<Integer> version(@Bind("id") UUID sourceId);

    @SqlQuery("SELECT id, version FROM sources WHERE removed = FALSE")
    @KeyColumn("id")
    @ValueColumn("version")
    Map<UUID, Integer> activeVersions();

    @SqlUpdate("UPDATE sources SET version = :version, char_count = :chars WHERE id = :id")
    int setCurrent(@Bind("id") UUID sourceId, @Bind("version") int version, @Bind("chars") int chars);

    @SqlUpdate("UPDATE source_texts SET content = :content WHERE source_id = :id")
    int setText(@Bind("id") UUID sourceId, @Bind("content") String content);

    @SqlUpdate("INSERT INTO source_versions (source_id, version, content, char_count, structure, replaced_at, replaced_by, mapping_id) "
            + "VALUES (:sourceId, :version, :content, :chars, :structure, :at, :coderId, :mappingId)")
    void archive(@Bind("sourceId") UUID sourceId, @Bind("version") int version, @Bind("content") String content,
                 @Bind("chars") int chars, @Bind("structure") String structure, @Bind("at") Instant at,
                 @Bind("coderId") UUID coderId, @Bind("mappingId") UUID mappingId);

    @SqlQuery("SELECT v.source_id, v.version, v.content, v.char_count AS chars, v.structure, v.replaced_at, "
            + "c.name AS replaced_by, v.mapping_id FROM source_versions v JOIN coders c ON c.id = v.replaced_by "
            + "WHERE v.source_id = :id AND v.version = :version")
    @RegisterConstructorMapper(Stored.class)
    Optional<Stored> find(@Bind("id") UUID sourceId, @Bind("version") int version);

    @SqlQuery("SELECT v.version, v.char_count AS chars, v.replaced_at, c.name AS replaced_by, v.mapping_id "
            + "FROM source_versions v JOIN coders c ON c.id = v.replaced_by WHERE v.source_id = :id ORDER BY v.version")
    @RegisterConstructorMapper(Listed.class)
    List<Listed> list(@Bind("id") UUID sourceId);

    @SqlUpdate("DELETE FROM source_versions WHERE source_id = :id AND version = :version")
    int drop(@Bind("id") UUID sourceId, @Bind("version") int version);

    @SqlUpdate("UPDATE codings SET start_cp = :start, end_cp = :end WHERE id = :id")
    int moveCoding(@Bind("id") UUID codingId, @Bind("start") int start, @Bind("end") int end);

    @SqlUpdate("DELETE FROM source_paragraph_maps WHERE source_id = :id")
    void dropParagraphs(@Bind("id") UUID sourceId);

    @SqlUpdate("DELETE FROM source_pages WHERE source_id = :id")
    void dropPages(@Bind("id") UUID sourceId);

    @SqlUpdate("DELETE FROM speaker_turns WHERE source_id = :id")
    void dropTurns(@Bind("id") UUID sourceId);

    @SqlUpdate("DELETE FROM source_annotations WHERE source_id = :id")
    void dropAnnotations(@Bind("id") UUID sourceId);

    @SqlUpdate("INSERT INTO pseudonym_mappings (id, created_at, created_by, entry_count, salt, sealed) "
            + "VALUES (:id, :at, :coderId, :entries, :salt, :sealed)")
    void insertMapping(@Bind("id") UUID id, @Bind("at") Instant at, @Bind("coderId") UUID coderId,
                       @Bind("entries") int entries, @Bind("salt") String salt, @Bind("sealed") String sealed);

    @SqlUpdate("DELETE FROM pseudonym_mappings WHERE id = :id")
    int dropMapping(@Bind("id") UUID id);

    @SqlQuery("SELECT m.id, m.created_at, c.name AS created_by, m.entry_count, m.salt, m.sealed "
            + "FROM pseudonym_mappings m JOIN coders c ON c.id = m.created_by ORDER BY m.created_at")
    @RegisterConstructorMapper(Mapping.class)
    List<Mapping> mappings();
}
