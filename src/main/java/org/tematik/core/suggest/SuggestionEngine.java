package org.tematik.core.suggest;

import java.util.List;
import java.util.UUID;
import org.tematik.core.search.SearchLanguage;

/**
 * Learns from the codings a project already has and ranks codes for a passage. The built-in engine
 * ({@link LuceneSuggestionEngine}) runs inside the process and reads nothing from outside the project.
 * This interface is the extension point for a later, opt-in connector (for example to a user-run local
 * model server): such an engine must say so through {@link #sendsTextOutside()}, so the GUI and CLI can show
 * what leaves the process before it is used (ADR 0020). Implementations must be deterministic for a
 * fixed project: the same examples and passage give the same ranking.
 */
public interface SuggestionEngine {
    /** A coded segment to learn from: its coding, code, source span and text. */
    record Example(UUID codingId, UUID codeId, UUID sourceId, int start, int end, String text, SearchLanguage language) {
    }

    /** A passage to suggest codes for. */
    record Passage(UUID sourceId, int start, int end, String text, SearchLanguage language) {
    }

    /** One coded segment that made a code likely, with its similarity. */
    record Match(Example example, double score) {
    }

    /** A ranked code: score in [0, 1], the most similar examples, and the words shared with them. */
    record Ranked(UUID codeId, double score, List<Match> evidence, List<String> terms) {
    }

    /** What the engine learned from one set of examples; closed when the project changes. */
    interface Model extends AutoCloseable {
        /** At most {@code top} codes, best first, ties broken by code id. */
        List<Ranked> rank(Passage passage, int top);

        @Override
        void close();
    }

    /** A short name for the audit trail and the user guide, such as "lucene-bm25". */
    String name();

    /** True when passages or examples leave this process (never for the built-in engine). */
    boolean sendsTextOutside();

    Model learn(List<Example> examples);
}
