package org.tematik.core.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ProjectInfoDao;

/**
 * Records in the audit trail that the passphrase was changed (the key file is rewritten beside the database,
 * outside the transaction). Holds no secret; it has no inverse: the old passphrase is not brought back by undo.
 */
@JsonTypeName("project.passphrase")
public record PassphraseChanged() implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        String id = ctx.dao(ProjectInfoDao.class).id().map(Object::toString).orElse("project");
        return new Change("project.passphrase", "project", id, "Changed the project passphrase", null, null, null);
    }
}
