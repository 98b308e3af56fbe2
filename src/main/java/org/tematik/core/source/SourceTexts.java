package org.tematik.core.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.tematik.core.util.CodePoints;

/**
 * A small cache of source texts. Texts change only by a new source version, which clears the cache;
 * it spares re-reading a 20 MB text from H2 for every coding.
 */
public final class SourceTexts {
    private static final int MAX_CHARS = 64_000_000;
    private final Map<UUID, CodePoints> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedChars;

    public synchronized CodePoints get(UUID sourceId, Function<UUID, String> loader) {
        CodePoints hit = cache.get(sourceId);
        if (hit != null) {
            return hit;
        }
        return put(sourceId, loader.apply(sourceId));
    }

    public synchronized boolean has(UUID sourceId) {
        return cache.containsKey(sourceId);
    }

    /** Caches a text read elsewhere (many at once), dropping the least recently used beyond the limit. */
    public synchronized CodePoints put(UUID sourceId, String text) {
        CodePoints loaded = new CodePoints(text);
        CodePoints before = cache.put(sourceId, loaded);
        cachedChars += loaded.text().length() - (before == null ? 0 : before.text().length());
        var it = cache.entrySet().iterator();
        while (cachedChars > MAX_CHARS && cache.size() > 1 && it.hasNext()) {
            cachedChars -= it.next().getValue().text().length();
            it.remove();
        }
        return loaded;
    }

    /** Forgets every cached text; only a new source version (anonymisation or its undo) needs this. */
    public synchronized void clear() {
        cache.clear();
        cachedChars = 0;
    }
}
