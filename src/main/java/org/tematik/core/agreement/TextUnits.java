package org.tematik.core.agreement;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tematik.core.source.SourceService;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.util.CodePoints;

/**
 * The units of a source's text, from its stored structure: paragraphs, speaker turns, or sentences within
 * paragraphs, as code-point spans in text order. Agreement compares coders unit by unit; auto-coding
 * widens a search hit to the unit around it.
 */
public final class TextUnits {
    private TextUnits() {
    }

    /** [start, end) in code points. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    public static List<Span> of(SourceService sources, UUID sourceId, Unit unit) {
        SourceStructure structure = sources.structure(sourceId);
        List<Span> spans = new ArrayList<>();
        switch (unit) {
            case PARAGRAPH -> structure.paragraphs().forEach(p -> spans.add(new Span(p.start(), p.end())));
            case TURN -> structure.turns().forEach(t -> spans.add(new Span(t.start(), t.end())));
            case SENTENCE -> {
                CodePoints text = sources.codePoints(sourceId);
                for (SourceStructure.Paragraph p : structure.paragraphs()) {
                    String para = text.substring(p.start(), p.end());
                    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
                    sentences.setText(para);
                    for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
                        int from = p.start() + para.codePointCount(0, s);
                        int to = p.start() + para.codePointCount(0, e);
                        spans.add(new Span(from, to));
                    }
                }
            }
        }
        return spans;
    }
}
