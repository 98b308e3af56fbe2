package org.tematik.core.coding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;

/**
 * Many codings added (or removed) as one change: auto-coding every hit of a search, or undoing the
 * adoption of a coder's version, is one audit event and one undo. The steps are ordinary coding commands applied in one transaction; the inverse is their
 * inverses in reverse order, so undo removes every coding and redo brings each back with its author and time.
 */
@JsonTypeName("coding.batch")
public record BatchCoding(String summary, UUID codeId, String query, List<Command> steps) implements Command {

    public BatchCoding {
        steps = List.copyOf(steps);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        List<Command> inverses = new ArrayList<>();
        List<Map<String, Object>> applied = new ArrayList<>();
        for (Command step : steps) {
            Change change = step.apply(ctx);
            inverses.add(change.inverse());
            applied.add(change.asStep());
        }
        Collections.reverse(inverses);
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("query", query);
        described.put("count", steps.size());
        described.put("steps", applied); // the trail replays them one by one (see Change.asStep)
        return new Change("coding.batch", "code", codeId == null ? null : codeId.toString(), summary, null, described,
                new BatchCoding(summary, codeId, query, inverses));
    }
}
