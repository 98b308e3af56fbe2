package org.tematik.core.coding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.memo.Memo;
import org.tematik.core.source.Source;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.SuggestionDao;
import org.tematik.core.source.SourceTexts;
import org.tematik.core.util.UserException;

/**
 * Codes [start, end) of a source, in code points. {@code coder}, {@code createdAt} and {@code memoId} are
 * null for new work; undoing a removal sets them, so the restored coding keeps its author and time and
 * its memo keeps its id. {@code origin} is null for the analyst's own work and {@code "suggestion"} for an
 * accepted code suggestion (ADR 0020), with the suggestion's {@code score}; both are absent from older JSON.
 */
@JsonTypeName("coding.add")
public record AddCoding(UUID id, UUID sourceId, UUID codeId, int start, int end, String memo,
                        String coder, Instant createdAt, UUID memoId, String origin, Double score) implements Command {
    private static final int QUOTE_LIMIT = 80;

    public AddCoding(UUID id, UUID sourceId, UUID codeId, int start, int end, String memo, String coder, Instant createdAt,
                     UUID memoId) {
        this(id, sourceId, codeId, start, end, memo, coder, createdAt, memoId, null, null);
    }

    public AddCoding(UUID id, UUID sourceId, UUID codeId, int start, int end, String memo, String coder, Instant createdAt) {
        this(id, sourceId, codeId, start, end, memo, coder, createdAt, null);
    }

    public static AddCoding fresh(UUID sourceId, UUID codeId, int start, int end, String memo) {
        return new AddCoding(UUID.randomUUID(), sourceId, codeId, start, end, memo, null, null);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        SourceDao sources = ctx.dao(SourceDao.class);
        Source source = sources.findActive(sourceId).orElseThrow(() -> new UserException("source.error.gone", sourceId));
        Code code = ctx.dao(CodeDao.class).find(codeId).orElseThrow(() -> new UserException("code.error.gone", codeId));
        if (start < 0 || end > source.chars()) {
            throw new UserException("coding.error.outside", start, end, source.name(), source.chars());
        }
        if (start >= end) {
            throw new UserException("coding.error.empty", start, end);
        }
        CodingDao codings = ctx.dao(CodingDao.class);
        String author = coder == null ? ctx.coder() : coder;
        if (codings.countSame(sourceId, codeId, start, end, author) > 0) {
            throw new UserException("coding.error.duplicate", code.name(), source.name(), start, end);
        }
        Instant at = createdAt == null ? ctx.now() : createdAt;
        codings.insert(new Coding(id, sourceId, codeId, start, end, author, at), ctx.coderId(author));
        if (origin != null) {
            ctx.dao(SuggestionDao.class).setOrigin(id, origin, score);
        }
        String memoText = memo == null || memo.isBlank() ? null : memo.strip();
        if (memoText != null) {
            ctx.dao(MemoDao.class).insert(new Memo(memoId == null ? UUID.randomUUID() : memoId, Memo.ON_CODING, id, null,
                    memoText, author, at, at),
                    ctx.coderId(author));
        }
        String quote = ctx.shared(SourceTexts.class).get(sourceId, sources::contentOf).substring(start, end);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", sourceId);
        after.put("sourceName", source.name());
        after.put("code", codeId);
        after.put("codeName", code.name());
        after.put("start", start);
        after.put("end", end);
        after.put("coder", author);
        after.put("memo", memoText);
        if (origin != null) { // only then, so the after-JSON of ordinary codings stays as it always was
            after.put("origin", origin);
            after.put("score", score);
        }
        return new Change("coding.add", "coding", id.toString(),
                "Coded '" + shorten(quote) + "' in '" + source.name() + "' as '" + code.name() + "'",
                null, after, new RemoveCoding(id));
    }

    static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        // counted in code points, so a cut never splits an emoji into half a surrogate pair
        return flat.codePointCount(0, flat.length()) <= QUOTE_LIMIT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
    }
}
