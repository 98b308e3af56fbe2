package org.tematik.core.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.history.CommandStack;
import org.tematik.core.memo.Memo;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.CodePoints;

/** Applies codes to segments and lists codings with their quotes. Offsets are code points. */
public final class CodingService {
    private static final int MEMO_CHUNK = 1_000;
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final CodebookService codebook;

    public CodingService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, CodebookService codebook) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
        this.codebook = codebook;
    }

    /** Codes [start, end) of the source; source and code by id or name. Returns the new coding's id. */
    public UUID code(String sourceRef, String codeRef, int start, int end, String memo) {
        Source source = sources.resolve(sourceRef);
        Code code = codebook.resolve(codeRef);
        return code(source.id(), code.id(), start, end, memo);
    }

    public UUID code(UUID sourceId, UUID codeId, int start, int end, String memo) {
        AddCoding add = AddCoding.fresh(sourceId, codeId, start, end, memo);
        stack.execute(add, coder);
        return add.id();
    }

    public void remove(UUID codingId) {
        stack.execute(new RemoveCoding(codingId), coder);
    }

    /** Moves a coding to another code (a mis-click fixed without losing its memo, coder or time). */
    public void reassign(UUID codingId, UUID codeId) {
        stack.execute(new ReassignCoding(codingId, codeId), coder);
    }

    /**
     * In-vivo coding: a new top-level code named after the selected words (trimmed, shortened, made
     * unique with a number) applied to them. Returns the new code's id.
     */
    public UUID codeInVivo(UUID sourceId, int start, int end) {
        String words = InVivoNames.from(sources.codePoints(sourceId).substring(Math.max(0, start), Math.max(start, end)));
        if (words.isEmpty()) {
            throw new org.tematik.core.util.UserException("coding.error.inVivoEmpty");
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        codebook.tree().stream().filter(n -> n.code().parentId() == null)
                .forEach(n -> taken.add(n.code().name().toLowerCase(java.util.Locale.ROOT)));
        String name = InVivoNames.unique(words, taken);
        UUID codeId = UUID.randomUUID();
        stack.execute(new CodeInVivo(codeId, name, org.tematik.core.codebook.CodePalette.forIndex(codebook.tree().size()),
                UUID.randomUUID(), sourceId, start, end), coder);
        return codeId;
    }

    /** How many code points of each source are coded at all (overlaps counted once): coding progress. */
    public Map<UUID, Integer> codedLengths() {
        Map<UUID, List<Coding>> bySource = new HashMap<>();
        jdbi.withExtension(CodingDao.class, CodingDao::listActive)
                .forEach(c -> bySource.computeIfAbsent(c.sourceId(), k -> new java.util.ArrayList<>()).add(c));
        Map<UUID, Integer> out = new HashMap<>();
        bySource.forEach((source, list) -> {
            list.sort(java.util.Comparator.comparingInt(Coding::start));
            int covered = 0;
            int reach = 0;
            for (Coding c : list) {
                int from = Math.max(c.start(), reach);
                if (c.end() > from) {
                    covered += c.end() - from;
                }
                reach = Math.max(reach, c.end());
            }
            out.put(source, covered);
        });
        return out;
    }

    /**
     * Codings of one source, in text order: what the document viewer highlights after every change. So only this source's
     * name and its codings' memos are read (one query each), not every source's and memo ids by the thousand.
     */
    public List<CodingView> forSource(UUID sourceId) {
        List<Coding> codings = jdbi.withExtension(CodingDao.class, dao -> dao.forSource(sourceId));
        Map<UUID, String> names = new HashMap<>();
        jdbi.withExtension(SourceDao.class, dao -> dao.findActive(sourceId)).ifPresent(s -> names.put(s.id(), s.name()));
        Map<UUID, String> memos = new HashMap<>();
        jdbi.withExtension(MemoDao.class, dao -> dao.onCodingsOf(sourceId)).forEach(m -> memos.putIfAbsent(m.targetId(), m.body()));
        return views(codings, names, memos);
    }

    /** One coding as the viewer shows it (empty when it is gone): what a just-added coding adds to a shown list. */
    public java.util.Optional<CodingView> view(UUID codingId) {
        return jdbi.withExtension(CodingDao.class, dao -> dao.find(codingId)).map(c -> {
            Map<UUID, String> names = new HashMap<>();
            jdbi.withExtension(SourceDao.class, dao -> dao.findActive(c.sourceId())).ifPresent(s -> names.put(s.id(), s.name()));
            Map<UUID, String> memos = new HashMap<>();
            jdbi.withExtension(MemoDao.class, dao -> dao.forTargets(Memo.ON_CODING, List.of(codingId)))
                    .forEach(m -> memos.putIfAbsent(m.targetId(), m.body()));
            return views(List.of(c), names, memos).get(0);
        });
    }

    /** All codings of active sources, optionally only one code's or one source's. */
    public List<CodingView> list(String codeRef, String sourceRef) {
        UUID codeId = codeRef == null ? null : codebook.resolve(codeRef).id();
        UUID sourceId = sourceRef == null ? null : sources.resolve(sourceRef).id();
        List<Coding> all;
        if (sourceId != null) {
            all = jdbi.withExtension(CodingDao.class, dao -> dao.forSource(sourceId));
        } else if (codeId != null) {
            all = jdbi.withExtension(CodingDao.class, dao -> dao.activeForCode(codeId));
        } else {
            all = jdbi.withExtension(CodingDao.class, CodingDao::listActive);
        }
        return views(all.stream().filter(c -> codeId == null || c.codeId().equals(codeId)).toList());
    }

    private List<CodingView> views(List<Coding> codings) {
        Map<UUID, String> names = new HashMap<>();
        sources.list().forEach(s -> names.put(s.id(), s.name()));
        Map<UUID, String> memos = new HashMap<>();
        List<UUID> ids = codings.stream().map(Coding::id).toList();
        jdbi.useExtension(MemoDao.class, dao -> {
            // only these codings' memos, a chunk at a time: all memos of a large project cost more than the list
            for (int from = 0; from < ids.size(); from += MEMO_CHUNK) {
                dao.forTargets(Memo.ON_CODING, ids.subList(from, Math.min(ids.size(), from + MEMO_CHUNK)))
                        .forEach(m -> memos.putIfAbsent(m.targetId(), m.body()));
            }
        });
        return views(codings, names, memos);
    }

    /** Codings with their code, source name, quote, memo (the first written) and place. */
    private List<CodingView> views(List<Coding> codings, Map<UUID, String> names, Map<UUID, String> memos) {
        Map<UUID, Code> codes = new HashMap<>();
        jdbi.useExtension(CodeDao.class, dao -> dao.listAll().forEach(c -> codes.put(c.id(), c)));
        return codings.stream().map(c -> {
            Code code = codes.get(c.codeId());
            CodePoints text = sources.codePoints(c.sourceId());
            SourceService.Location at = sources.locate(c.sourceId(), c.start());
            return new CodingView(c, names.getOrDefault(c.sourceId(), "?"), code.name(), code.color(),
                    text.substring(c.start(), c.end()), memos.get(c.id()), at.page(), at.paragraph());
        }).toList();
    }
}
