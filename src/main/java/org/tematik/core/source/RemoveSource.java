package org.tematik.core.source;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/** Hides a source and its codings. The text stays stored, because audit events still quote it. */
@JsonTypeName("source.remove")
public record RemoveSource(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        SourceDao dao = ctx.dao(SourceDao.class);
        Source source = dao.findActive(id).orElseThrow(() -> new UserException("source.error.gone", id));
        dao.setRemoved(id, true);
        return new Change("source.remove", "source", id.toString(), "Removed source '" + source.name() + "'",
                Map.of("removed", false), Map.of("removed", true), new RestoreSource(id));
    }
}
