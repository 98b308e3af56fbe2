package org.tematik.core.history;

import java.util.HashMap;
import java.util.Map;

/**
 * Read-only helpers that commands may share, such as caches of immutable data. Commands are
 * stored as JSON and cannot hold references, so they look these up by type.
 */
public final class SharedState {
    private final Map<Class<?>, Object> items = new HashMap<>();

    public <T> SharedState with(Class<T> type, T item) {
        items.put(type, item);
        return this;
    }

    public <T> T get(Class<T> type) {
        Object item = items.get(type);
        if (item == null) {
            throw new IllegalStateException("no shared " + type.getSimpleName() + " registered");
        }
        return type.cast(item);
    }
}
