package org.tematik.core.source;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

@JsonTypeName("source.restore")
public record RestoreSource(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        SourceDao dao = ctx.dao(SourceDao.class);
        Source source = dao.find(id).orElseThrow(() -> new UserException("source.error.gone", id));
        dao.findActiveBySha(source.sha256()).ifPresent(twin -> {
            throw new UserException("import.error.duplicate", source.name(), twin.name());
        });
        if (!dao.findActiveByName(source.name()).isEmpty()) {
            throw new UserException("source.error.nameTaken", source.name());
        }
        dao.setRemoved(id, false);
        return new Change("source.restore", "source", id.toString(), "Restored source '" + source.name() + "'",
                Map.of("removed", true), Map.of("removed", false), new RemoveSource(id));
    }
}
