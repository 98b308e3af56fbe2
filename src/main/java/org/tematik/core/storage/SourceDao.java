package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.source.Source;

@RegisterConstructorMapper(Source.class)
public interface SourceDao {
    String COLUMNS = "s.id, s.name, s.sha256, s.char_count AS chars, s.source_type, s.method, s.importer, "
            + "s.original_file, s.original_name, s.byte_size, s.encoding, s.imported_at, c.name AS imported_by, "
            + "s.page_count, s.paragraph_count, s.import_notes";
    String FROM = " FROM sources s JOIN coders c ON c.id = s.imported_by ";

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.removed = FALSE ORDER BY s.name")
    List<Source> listActive();

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.id = :id")
    Optional<Source> find(@Bind("id") UUID id);

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.id = :id AND s.removed = FALSE")
    Optional<Source> findActive(@Bind("id") UUID id);

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.removed = FALSE AND s.sha256 = :sha")
    Optional<Source> findActiveBySha(@Bind("sha") String sha256);

    @SqlQuery("SELECT " + COLUMNS + FROM + "WHERE s.removed = FALSE AND LOWER(s.name) = LOWER(:name)")
    List<Source> findActiveByName(@Bind("name") String name);

    /** Texts live apart from the source rows (V8), so listing sources never reads them. */
    @SqlQuery("SELECT content FROM source_texts WHERE source_id = :id")
    Optional<String> content(@Bind("id") UUID id);

    /** The texts of many sources at once (one query instead of one per source). */
    @SqlQuery("SELECT source_id, content FROM source_texts WHERE source_id IN (<ids>)")
    @RegisterConstructorMapper(Text.class)
    List<Text> contents(@BindList("ids") List<UUID> ids);

    record Text(UUID sourceId, String content) {
    }

    default String contentOf(UUID id) {
        return content(id).orElseThrow(() -> new IllegalStateException("no source " + id));
    }

    default void insert(Source source, String content, UUID coderId) {
        insertRow(source, coderId);
        insertText(source.id(), content);
    }

    @SqlUpdate("INSERT INTO sources (id, name, sha256, char_count, source_type, method, importer, original_file, "
            + "original_name, byte_size, encoding, imported_at, imported_by, removed, page_count, paragraph_count, import_notes) "
            + "VALUES (:id, :name, :sha256, :chars, :sourceType, :method, :importer, :originalFile, :originalName, "
            + ":byteSize, :encoding, :importedAt, :coderId, FALSE, :pageCount, :paragraphCount, :importNotes)")
    void insertRow(@BindMethods Source source, @Bind("coderId") UUID coderId);

    @SqlUpdate("INSERT INTO source_texts (source_id, content) VALUES (:id, :content)")
    void insertText(@Bind("id") UUID sourceId, @Bind("content") String content);

    @SqlUpdate("UPDATE sources SET removed = :removed WHERE id = :id")
    int setRemoved(@Bind("id") UUID id, @Bind("removed") boolean removed);
}
