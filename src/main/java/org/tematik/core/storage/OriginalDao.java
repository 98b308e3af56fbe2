package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Original files kept in the database (team projects on a server; see DatabaseOriginals). */
public interface OriginalDao {
    /** Idempotent like the file store: an identical original imported twice is kept once. */
    @SqlUpdate("INSERT INTO source_originals (file_name, bytes) SELECT :name, :bytes "
            + "WHERE NOT EXISTS (SELECT 1 FROM source_originals WHERE file_name = :name)")
    void insertIfAbsent(@Bind("name") String fileName, @Bind("bytes") byte[] bytes);

    @SqlQuery("SELECT bytes FROM source_originals WHERE file_name = :name")
    Optional<byte[]> bytes(@Bind("name") String fileName);

    @SqlQuery("SELECT file_name FROM source_originals ORDER BY file_name")
    List<String> names();

    /** Every original a source refers to, removed sources included (their originals stay part of the record). */
    @SqlQuery("SELECT DISTINCT original_file FROM sources ORDER BY original_file")
    List<String> referenced();
}
