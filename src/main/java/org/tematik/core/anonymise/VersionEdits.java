package org.tematik.core.anonymise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.source.SourceStructure.Annotation;
import org.tematik.core.source.SourceStructure.Page;
import org.tematik.core.source.SourceStructure.Paragraph;
import org.tematik.core.source.SourceStructure.SpeakerTurn;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.SourceVersionDao;
import org.tematik.core.storage.StructureDao;

/** The steps both anonymisation commands share: rewriting a source's structure and moving its codings. */
final class VersionEdits {
    private VersionEdits() {
    }

    static SourceStructure structure(ChangeContext ctx, UUID sourceId) {
        StructureDao dao = ctx.dao(StructureDao.class);
        return new SourceStructure(dao.paragraphs(sourceId), dao.pages(sourceId), dao.turns(sourceId), dao.annotations(sourceId));
    }

    static SourceStructure shifted(SourceStructure s, Splice splice) {
        return new SourceStructure(
                s.paragraphs().stream().map(p -> new Paragraph(p.number(), splice.start(p.start()), splice.end(p.end()), p.page(), p.kind()))
                        .toList(),
                s.pages().stream().map(p -> new Page(p.number(), splice.start(p.start()), splice.end(p.end()))).toList(),
                s.turns().stream().map(t -> new SpeakerTurn(t.number(), t.speaker(), splice.start(t.start()), splice.end(t.end()),
                        t.timestamp())).toList(),
                s.annotations().stream().map(a -> new Annotation(a.kind(), splice.start(a.start()), splice.end(a.end()), a.author(),
                        a.text())).toList());
    }

    /** Replaces the stored pages, paragraphs, turns and annotations of a source. */
    static void replaceStructure(ChangeContext ctx, UUID sourceId, SourceStructure s) {
        SourceVersionDao versions = ctx.dao(SourceVersionDao.class);
        versions.dropParagraphs(sourceId);
        versions.dropPages(sourceId);
        versions.dropTurns(sourceId);
        versions.dropAnnotations(sourceId);
        StructureDao dao = ctx.dao(StructureDao.class);
        dao.insertParagraphs(sourceId, s.paragraphs());
        if (!s.pages().isEmpty()) {
            dao.insertPages(sourceId, s.pages());
        }
        if (!s.turns().isEmpty()) {
            dao.insertTurns(sourceId, s.turns());
        }
        if (!s.annotations().isEmpty()) {
            List<UUID> ids = s.annotations().stream().map(a -> UUID.randomUUID()).toList();
            dao.insertAnnotations(sourceId, ids, s.annotations());
        }
    }

    /**
     * Moves every coding of the source to {@code target(coding)}; returns the codings as they were, and adds
     * each move (id, start, end) to {@code moved}, which is what the trail replays.
     */
    static List<CodingSpan> moveCodings(ChangeContext ctx, UUID sourceId, java.util.function.Function<Coding, CodingSpan> target,
                                        List<Map<String, Object>> moved) {
        SourceVersionDao versions = ctx.dao(SourceVersionDao.class);
        List<CodingSpan> before = new ArrayList<>();
        for (Coding c : ctx.dao(CodingDao.class).forSource(sourceId)) {
            before.add(new CodingSpan(c.id(), c.start(), c.end()));
            CodingSpan to = target.apply(c);
            if (to.start() != c.start() || to.end() != c.end()) {
                versions.moveCoding(c.id(), to.start(), to.end());
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("id", c.id());
                step.put("start", to.start());
                step.put("end", to.end());
                moved.add(step);
            }
        }
        return before;
    }
}
