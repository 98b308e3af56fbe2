package org.tematik.core.memo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.storage.MemoDao;

/** Memos on the project, sources, codes and codings; every change goes through the command stack (audited, undoable). */
public final class MemoService {
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;

    public MemoService(Jdbi jdbi, CommandStack stack, String coder) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
    }

    /** Every memo, most recently changed first: the memo list. */
    public List<Memo> list() {
        return jdbi.withExtension(MemoDao.class, MemoDao::listAll);
    }

    /** The memo on a target (the first written, if several), for the inline editors. */
    public Optional<Memo> on(String targetType, UUID targetId) {
        List<Memo> memos = targetId == null
                ? jdbi.withExtension(MemoDao.class, dao -> dao.forTargetType(targetType))
                : jdbi.withExtension(MemoDao.class, dao -> dao.forTarget(targetType, targetId));
        return memos.stream().findFirst();
    }

    public UUID create(String targetType, UUID targetId, String title, String body) {
        CreateMemo create = CreateMemo.fresh(targetType, targetId, title, body);
        stack.execute(create, coder);
        return create.id();
    }

    public void edit(UUID id, String title, String body) {
        stack.execute(new EditMemo(id, title, body), coder);
    }

    public void delete(UUID id) {
        stack.execute(new DeleteMemo(id), coder);
    }

    /**
     * What an inline editor saves: writes a new memo, changes the existing one, or deletes it when the
     * text was cleared; nothing when the text is unchanged (so no empty audit events).
     */
    public void save(String targetType, UUID targetId, String body) {
        Optional<Memo> existing = on(targetType, targetId);
        boolean blank = body == null || body.isBlank();
        if (existing.isEmpty()) {
            if (!blank) {
                create(targetType, targetId, null, body);
            }
        } else if (blank) {
            delete(existing.get().id());
        } else if (!existing.get().body().equals(body.strip())) {
            edit(existing.get().id(), existing.get().title(), body);
        }
    }
}
