package org.tematik.core.source;

import java.util.List;

/**
 * Where things are in a source's text, all in code points, end exclusive: paragraphs (with their page
 * and kind), pages, speaker turns and annotations (such as Word comments). Citations ("p. 4, ¶ 12")
 * and "everything informant X said" come from here.
 */
public record SourceStructure(List<Paragraph> paragraphs, List<Page> pages, List<SpeakerTurn> turns,
                              List<Annotation> annotations) {

    public static final SourceStructure EMPTY = new SourceStructure(List.of(), List.of(), List.of(), List.of());

    public record Paragraph(int number, int start, int end, int page, String kind) {
    }

    public record Page(int number, int start, int end) {
    }

    public record SpeakerTurn(int number, String speaker, int start, int end, String timestamp) {
    }

    public record Annotation(String kind, int start, int end, String author, String text) {
    }
}
