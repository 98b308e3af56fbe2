package org.tematik.core.source;

import java.util.LinkedHashMap;
import java.util.List;
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
    /** Moves with every {@link #clear()}: a text read before it may be an old version and is not cached. */
    private long generation;

    /**
     * The cached text, or {@code loader}'s. The load runs outside the lock: reading a long text (the search index
     * does, on its own thread) must not hold up the open document's look-ups of texts already cached.
     */
    public CodePoints get(UUID sourceId, Function<UUID, String> loader) {
        long seen;
        synchronized (this) {
            CodePoints hit = cache.get(sourceId);
            if (hit != null) {
                return hit;
            }
            seen = generation;
        }
        String text = loader.apply(sourceId);
        synchronized (this) {
            CodePoints loadedMeanwhile = cache.get(sourceId); // one object per text: callers compare by identity
            if (loadedMeanwhile != null) {
                return loadedMeanwhile;
            }
            return generation == seen ? put(sourceId, text) : new CodePoints(text);
        }
    }

    /**
     * Reads the texts of these sources that are not cached yet in one go ({@code loader} gets their ids and returns
     * id to text), as {@link #get} reads one: outside the lock, and not kept if a new version overtook the read.
     */
    public void loadMissing(List<UUID> sourceIds, Function<List<UUID>, Map<UUID, String>> loader) {
        List<UUID> missing;
        long seen;
        synchronized (this) {
            missing = sourceIds.stream().filter(id -> !cache.containsKey(id)).toList();
            seen = generation;
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, String> read = loader.apply(missing);
        synchronized (this) {
            if (generation == seen) {
                read.forEach((id, text) -> {
                    if (!cache.containsKey(id)) {
                        put(id, text);
                    }
                });
            }
        }
    }

    /** Caches a text, dropping the least recently used beyond the limit. */
    private CodePoints put(UUID sourceId, String text) {
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
        generation++;
    }
}
