package org.tematik.core.storage;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** H2's online backup: a consistent zip of the database file, taken while the project stays open. */
public interface BackupDao {
    /** H2-only (PostgreSQL has pg_dump instead); the one dialect-specific statement of backups. */
    @SqlUpdate("BACKUP TO :file")
    void backupTo(@Bind("file") String zipFile);
}
