package org.tematik.core.history;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.tematik.core.storage.CoderDao;

/** What a command sees while it applies: the open transaction, who is acting, and when. */
public final class ChangeContext {
    private final Handle handle;
    private final String coder;
    private final UUID coderId;
    private final Instant now;
    private final SharedState shared;

    ChangeContext(Handle handle, String coder, Instant now, SharedState shared) {
        this.handle = handle;
        this.shared = shared;
        this.coder = coder;
        this.now = now;
        this.coderId = handle.attach(CoderDao.class).ensure(coder, now);
    }

    public <T> T dao(Class<T> type) {
        return handle.attach(type);
    }

    /** A read cache shared by all commands of the project (see {@link SharedState}). */
    public <T> T shared(Class<T> type) {
        return shared.get(type);
    }

    /** The id of a coder by name, creating the row when an undone change brings back another coder's work. */
    public UUID coderId(String name) {
        return name.equals(coder) ? coderId : dao(CoderDao.class).ensure(name, now);
    }

    public String coder() {
        return coder;
    }

    public UUID coderId() {
        return coderId;
    }

    public Instant now() {
        return now;
    }
}
