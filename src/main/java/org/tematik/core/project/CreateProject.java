package org.tematik.core.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ProjectInfoDao;

/** The first event of every trail. It has no inverse: a project is not un-created. */
@JsonTypeName("project.create")
public record CreateProject(UUID id, String name) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ctx.dao(ProjectInfoDao.class).insert(id, name, ctx.now());
        return new Change("project.create", "project", id.toString(), "Created project '" + name + "'",
                null, Map.of("name", name), null);
    }
}
