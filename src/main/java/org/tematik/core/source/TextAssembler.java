package org.tematik.core.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.tematik.core.source.importer.Annotation;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;

/**
 * Turns an importer's blocks into the stored text (NFC, blocks joined by "\n") and its structure in
 * code points. Offsets are counted while the text is built, so they cannot drift from it.
 */
public final class TextAssembler {

    /** The stored text and where its paragraphs, pages, speaker turns and annotations are. */
    public record Assembled(String text, SourceStructure structure) {
    }

    private TextAssembler() {
    }

    public static Assembled assemble(ExtractedDocument doc) {
        StringBuilder text = new StringBuilder();
        List<SourceStructure.Paragraph> paragraphs = new ArrayList<>();
        List<SourceStructure.Annotation> annotations = new ArrayList<>();
        List<Block> kinds = new ArrayList<>();
        int cp = 0;
        int[] pageStart = new int[doc.pageCount() + 2];
        java.util.Arrays.fill(pageStart, -1);
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block block = doc.blocks().get(i);
            if (i > 0) {
                text.append('\n');
                cp++;
            }
            String normal = nfc(block.text());
            int length = normal.codePointCount(0, normal.length());
            if (block.page() > 0 && block.page() <= doc.pageCount() && pageStart[block.page()] < 0) {
                pageStart[block.page()] = cp;
            }
            if (!normal.isBlank()) {
                paragraphs.add(new SourceStructure.Paragraph(paragraphs.size() + 1, cp, cp + length, block.page(),
                        block.kind().stored()));
                kinds.add(block);
            }
            for (Annotation a : block.annotations()) {
                int start = cp + offsetAfterNormalizing(block.text(), a.start());
                int end = cp + offsetAfterNormalizing(block.text(), a.end());
                annotations.add(new SourceStructure.Annotation(a.kind(), start, Math.max(start, end), a.author(), a.text()));
            }
            text.append(normal);
            cp += length;
        }
        String stored = text.toString();
        List<SourceStructure.Page> pages = pages(pageStart, doc.pageCount(), cp);
        List<SourceStructure.SpeakerTurn> turns = SpeakerTurns.detect(stored, paragraphs);
        return new Assembled(stored, new SourceStructure(paragraphs, pages, turns, annotations));
    }

    /**
     * The text in NFC. Below U+0300 (Latin, with its precomposed letters) every text is NFC already, and
     * a long document's tens of thousands of blocks are not copied to find that out.
     */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** Pages without text start (and end) where the next page with text starts. */
    private static List<SourceStructure.Page> pages(int[] pageStart, int pageCount, int textEnd) {
        List<SourceStructure.Page> pages = new ArrayList<>();
        int next = textEnd;
        int[] starts = new int[pageCount + 1];
        for (int p = pageCount; p >= 1; p--) {
            if (pageStart[p] >= 0) {
                next = pageStart[p];
            }
            starts[p] = next;
        }
        for (int p = 1; p <= pageCount; p++) {
            int end = p < pageCount ? starts[p + 1] : textEnd;
            pages.add(new SourceStructure.Page(p, starts[p], Math.max(starts[p], end)));
        }
        return pages;
    }

    /** Code-point offset, in the NFC form of {@code raw}, of UTF-16 index {@code index} of {@code raw}. */
    private static int offsetAfterNormalizing(String raw, int index) {
        String prefix = Normalizer.normalize(raw.substring(0, Math.max(0, Math.min(index, raw.length()))), Normalizer.Form.NFC);
        return prefix.codePointCount(0, prefix.length());
    }
}
