package org.tematik.core.suggest;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceTexts;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.SuggestionDao;
import org.tematik.core.util.UserException;

/**
 * The coder turned down a suggested code for one unit. Recorded (and audited) so the review queue does not
 * offer it again, and so a supervisor can see which suggestions were declined.
 */
@JsonTypeName("suggestion.reject")
public record RejectSuggestion(UUID id, UUID sourceId, UUID codeId, int start, int end) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        SourceDao sources = ctx.dao(SourceDao.class);
        Source source = sources.findActive(sourceId).orElseThrow(() -> new UserException("source.error.gone", sourceId));
        Code code = ctx.dao(CodeDao.class).find(codeId).orElseThrow(() -> new UserException("code.error.gone", codeId));
        if (start < 0 || end > source.chars() || start >= end) {
            throw new UserException("coding.error.outside", start, end, source.name(), source.chars());
        }
        ctx.dao(SuggestionDao.class).reject(id, sourceId, codeId, start, end, ctx.coderId(), ctx.now());
        String quote = ctx.shared(SourceTexts.class).get(sourceId, sources::contentOf).substring(start, end);
        return new Change("suggestion.reject", "suggestion", id.toString(),
                "Rejected the suggestion '" + code.name() + "' for '" + SuggestionService.snippet(quote) + "' in '"
                        + source.name() + "'",
                null, state(source.name(), code.name(), ctx.coder()), new ForgetRejection(id));
    }

    Map<String, Object> state(String sourceName, String codeName, String coder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", sourceId);
        m.put("sourceName", sourceName);
        m.put("code", codeId);
        m.put("codeName", codeName);
        m.put("start", start);
        m.put("end", end);
        m.put("coder", coder);
        return m;
    }
}
