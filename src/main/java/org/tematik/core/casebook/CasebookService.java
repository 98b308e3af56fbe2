package org.tematik.core.casebook;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.storage.CaseDao;

/** Cases and which sources belong to them. */
public final class CasebookService {
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;

    public CasebookService(Jdbi jdbi, CommandStack stack, String coder) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
    }

    public List<Case> list() {
        return jdbi.withExtension(CaseDao.class, CaseDao::list);
    }

    /** The case with this name (ignoring case), created when there is none yet. */
    public Case findOrCreate(String name) {
        var existing = jdbi.withExtension(CaseDao.class, dao -> dao.findByName(name.strip()));
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        stack.execute(new CreateCase(id, name), coder);
        return jdbi.withExtension(CaseDao.class, dao -> dao.find(id)).orElseThrow();
    }

    public void assign(UUID caseId, UUID sourceId) {
        stack.execute(new AssignSource(caseId, sourceId), coder);
    }

    /** Names of the active sources in a case. */
    public List<String> sourcesOf(UUID caseId) {
        return jdbi.withExtension(CaseDao.class, dao -> dao.sourceNamesOf(caseId));
    }

    /** A case by id or by name (ignoring case). */
    public Case resolve(String ref) {
        String wanted = ref == null ? "" : ref.strip();
        return jdbi.withExtension(CaseDao.class, dao -> {
            try {
                var byId = dao.find(UUID.fromString(wanted));
                if (byId.isPresent()) {
                    return byId;
                }
            } catch (IllegalArgumentException notAnId) {
                // a name
            }
            return dao.findByName(wanted);
        }).orElseThrow(() -> new org.tematik.core.util.UserException("case.error.unknown", wanted));
    }

    public List<String> casesOf(UUID sourceId) {
        return jdbi.withExtension(CaseDao.class, dao -> dao.caseNamesOf(sourceId));
    }
}
