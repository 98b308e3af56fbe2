package org.tematik.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;

/**
 * Several coding changes applied as one (the undo of an adoption, and the redo of that undo). Each step
 * is an ordinary command; the inverse runs the steps' inverses in reverse order.
 */
@JsonTypeName("agreement.steps")
public record CodingSteps(List<Command> steps) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        List<Command> inverses = new ArrayList<>();
        List<Map<String, Object>> applied = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (Command step : steps) {
            Change change = step.apply(ctx);
            inverses.add(0, change.inverse());
            applied.add(change.asStep());
            summaries.add(change.summary());
        }
        return new Change("agreement.steps", "coding", null, String.join("; ", summaries), null, Map.of("steps", applied),
                new CodingSteps(inverses));
    }
}
