package org.tematik.core.source;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.storage.OriginalDao;

/**
 * Originals in the project database (table source_originals, V14): a team project on a server has no
 * shared folder, and the originals must be the same for every coder and survive any one laptop.
 */
public final class DatabaseOriginals implements OriginalStore {
    private final Jdbi jdbi;

    public DatabaseOriginals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String store(String fileName, byte[] bytes) {
        jdbi.useExtension(OriginalDao.class, dao -> dao.insertIfAbsent(fileName, bytes));
        return PREFIX + fileName;
    }

    @Override
    public Optional<byte[]> read(String reference) {
        return jdbi.withExtension(OriginalDao.class, dao -> dao.bytes(OriginalStore.fileName(reference)));
    }
}
