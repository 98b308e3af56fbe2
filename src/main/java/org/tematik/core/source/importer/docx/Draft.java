package org.tematik.core.source.importer.docx;

import java.util.ArrayList;
import java.util.List;
import org.tematik.core.source.importer.Annotation;
import org.tematik.core.source.importer.Block;

/**
 * A block while it is being read: its text grows run by run, and its page and comments are only final
 * once the whole part has been read (a section's type is written at its end, a comment's range may
 * close paragraphs later).
 */
final class Draft {
    Block.Kind kind;
    final StringBuilder text = new StringBuilder();
    int page;
    /** 0-based number of the section the draft is in; a later section may start on a new page. */
    int section;
    /** Started by an explicit page break: dropped at the end of its paragraph if still empty. */
    boolean afterPageBreak;
    /** Removed from the output (an empty line left by a page break). */
    boolean dropped;
    /** A comment range starts in this draft. */
    boolean anchored;
    final List<Annotation> annotations = new ArrayList<>(0);

    Draft(Block.Kind kind, int page, int section) {
        this.kind = kind;
        this.page = page;
        this.section = section;
    }

    int length() {
        return text.length();
    }

    Block toBlock(boolean withPages) {
        return new Block(kind, text.toString(), withPages ? page : 0, annotations);
    }
}
