package org.tematik.core.agreement;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import org.tematik.core.coding.Coding;
import org.tematik.core.source.SourceService;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.util.CodePoints;

/** Cuts a source into the units coders are compared on (and auto-coding widens hits to), as code-point spans. */
public final class UnitSpans {
    /** [start, end) in code points; {@code weight} is how many units the span stands for (its length for characters). */
    public record Span(int start, int end, double weight) {
        boolean overlaps(Coding c) {
            return c.start() < end && c.end() > start;
        }
    }

    private final SourceService sources;

    public UnitSpans(SourceService sources) {
        this.sources = sources;
    }

    /** The paragraphs, sentences or speaker turns of a source; they do not depend on the code. */
    public List<Span> structural(UUID sourceId, Unit unit) {
        SourceStructure structure = sources.structure(sourceId);
        List<Span> spans = new ArrayList<>();
        switch (unit) {
            case PARAGRAPH -> structure.paragraphs().forEach(p -> spans.add(new Span(p.start(), p.end(), 1)));
            case TURN -> structure.turns().forEach(t -> spans.add(new Span(t.start(), t.end(), 1)));
            case SENTENCE -> sentences(sourceId, structure, spans);
            case CHARACTER -> throw new IllegalArgumentException("characters depend on the codings: use runs()");
        }
        return spans;
    }

    private void sentences(UUID sourceId, SourceStructure structure, List<Span> spans) {
        CodePoints text = sources.codePoints(sourceId);
        for (SourceStructure.Paragraph p : structure.paragraphs()) {
            String para = text.substring(p.start(), p.end());
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
            sentences.setText(para);
            for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
                spans.add(new Span(p.start() + para.codePointCount(0, s), p.start() + para.codePointCount(0, e), 1));
            }
        }
    }

    /**
     * Characters as units, without one unit per character: between two consecutive coding boundaries every
     * coder's value is constant, so each such run is one weighted unit. Covers the whole text, coded or not.
     */
    static List<Span> runs(int length, List<Coding> codingsOfCode) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Coding c : codingsOfCode) {
            cuts.add(Math.min(c.start(), length));
            cuts.add(Math.min(c.end(), length));
        }
        List<Span> spans = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                spans.add(new Span(from, cut, cut - from));
            }
            from = cut;
        }
        return spans;
    }
}
