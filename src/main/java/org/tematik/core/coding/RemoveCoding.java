package org.tematik.core.coding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.memo.Memo;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.SuggestionDao;
import org.tematik.core.source.SourceTexts;
import org.tematik.core.util.UserException;

@JsonTypeName("coding.remove")
public record RemoveCoding(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodingDao codings = ctx.dao(CodingDao.class);
        Coding coding = codings.find(id).orElseThrow(() -> new UserException("coding.error.gone", id));
        // read before the row goes, so undoing the removal brings back an accepted suggestion as one
        SuggestionDao.Origin origin = ctx.dao(SuggestionDao.class).originOf(id).orElse(null);
        MemoDao memos = ctx.dao(MemoDao.class);
        List<Memo> attached = memos.forTarget(Memo.ON_CODING, id);
        memos.deleteForTarget(Memo.ON_CODING, id);
        codings.delete(id);
        String memo = attached.isEmpty() ? null : attached.get(0).body();
        String codeName = ctx.dao(CodeDao.class).find(coding.codeId()).map(c -> c.name()).orElse("?");
        SourceDao sources = ctx.dao(SourceDao.class);
        String sourceName = sources.find(coding.sourceId()).map(s -> s.name()).orElse("?");
        String quote = ctx.shared(SourceTexts.class).get(coding.sourceId(), sources::contentOf).substring(coding.start(), coding.end());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("source", coding.sourceId());
        before.put("sourceName", sourceName);
        before.put("code", coding.codeId());
        before.put("codeName", codeName);
        before.put("start", coding.start());
        before.put("end", coding.end());
        before.put("coder", coding.coder());
        before.put("memo", memo);
        if (origin != null) {
            before.put("origin", origin.origin());
            before.put("score", origin.score());
        }
        return new Change("coding.remove", "coding", id.toString(),
                "Removed coding '" + AddCoding.shorten(quote) + "' in '" + sourceName + "' as '" + codeName + "'",
                before, null, new AddCoding(id, coding.sourceId(), coding.codeId(), coding.start(), coding.end(), memo,
                        coding.coder(), coding.createdAt(), attached.isEmpty() ? null : attached.get(0).id(),
                        origin == null ? null : origin.origin(), origin == null ? null : origin.score()));
    }
}
