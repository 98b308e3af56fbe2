package org.tematik.core.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.audit.ChainHash;
import org.tematik.core.storage.HistoryDao;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;

/**
 * The one place where a project changes. Each call is one transaction holding the change, its
 * audit event and the undo-stack entry, so a change can neither skip the trail nor be half-written.
 * Undo and redo apply stored inverse commands and append compensating events; history is never deleted.
 */
public final class CommandStack {
    public static final String UNDO = "undo";
    public static final String REDO = "redo";

    private final Jdbi jdbi;
    private final AuditTrail trail;
    private final CommandCodec codec;
    private final Clock clock;
    private final SharedState shared;
    private final List<Consumer<Applied>> listeners = new CopyOnWriteArrayList<>();

    /** A committed change and its audit event. */
    public record Applied(Change change, AuditEvent event) {
    }

    public CommandStack(Jdbi jdbi, AuditTrail trail, CommandCodec codec, Clock clock, SharedState shared) {
        this.jdbi = jdbi;
        this.shared = shared;
        this.trail = trail;
        this.codec = codec;
        this.clock = clock;
    }

    /** Listeners hear about each committed change, on the thread that made it. */
    public void addListener(Consumer<Applied> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Applied> listener) {
        listeners.remove(listener);
    }

    public synchronized Applied execute(Command command, String coder) {
        Applied applied = refusedByServer(coder, () -> jdbi.inTransaction(handle -> record(handle, command, coder)));
        notifyListeners(applied);
        return applied;
    }

    /**
     * Executes the commands in order in one transaction. Each still gets its own audit event and undo
     * entry, exactly as if executed one by one; only the commit (a write to disk) is paid once. For bulk
     * work such as generating a benchmark project. If one command refuses, none is applied.
     */
    public synchronized List<Applied> executeAll(List<? extends Command> commands, String coder) {
        List<Applied> applied = refusedByServer(coder, () -> jdbi.inTransaction(handle -> {
            List<Applied> done = new ArrayList<>(commands.size());
            for (Command command : commands) {
                done.add(record(handle, command, coder));
            }
            return done;
        }));
        applied.forEach(this::notifyListeners);
        return applied;
    }

    /**
     * On a team project the server enforces roles (a reviewer may not code): its refusal is the user's
     * to act on, so it becomes a message rather than an internal error.
     */
    private static <T> T refusedByServer(String coder, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (org.tematik.core.storage.Dialect.isPermissionDenied(e)) {
                throw new UserException(e, "server.error.denied", coder);
            }
            throw e;
        }
    }

    private Applied record(Handle handle, Command command, String coder) {
        trail.lockHead(handle);
        ChangeContext ctx = new ChangeContext(handle, coder, ChainHash.storable(clock.instant()), shared);
        Change change = command.apply(ctx);
        AuditEvent event = append(handle, ctx, change.action(), change, Map.of());
        if (change.inverse() != null) {
            HistoryDao history = handle.attach(HistoryDao.class);
            history.discardUndone(coder);
            history.push(event.seq(), coder, change.summary(), codec.write(change.inverse()));
        }
        return new Applied(change, event);
    }

    /** Reverses the coder's latest change; empty when there is nothing to undo. */
    public synchronized Optional<Applied> undo(String coder) {
        Optional<HistoryEntry> top = jdbi.withExtension(HistoryDao.class, dao -> dao.lastDone(coder));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        HistoryEntry entry = top.get();
        Applied applied = replay(entry, coder, entry.undoCommand(), UNDO, "undoes",
                (history, inverse) -> history.markUndone(entry.id(), inverse));
        return Optional.of(applied);
    }

    /** Re-applies the coder's most recently undone change; empty when there is nothing to redo. */
    public synchronized Optional<Applied> redo(String coder) {
        Optional<HistoryEntry> top = jdbi.withExtension(HistoryDao.class, dao -> dao.nextUndone(coder));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        HistoryEntry entry = top.get();
        Applied applied = replay(entry, coder, entry.redoCommand(), REDO, "redoes",
                (history, inverse) -> history.markRedone(entry.id(), inverse));
        return Optional.of(applied);
    }

    public boolean canUndo(String coder) {
        return jdbi.withExtension(HistoryDao.class, dao -> dao.lastDone(coder)).isPresent();
    }

    public boolean canRedo(String coder) {
        return jdbi.withExtension(HistoryDao.class, dao -> dao.nextUndone(coder)).isPresent();
    }

    /** Summary of what Ctrl+Z would undo, for menus and tooltips. */
    public Optional<String> nextUndoSummary(String coder) {
        return jdbi.withExtension(HistoryDao.class, dao -> dao.lastDone(coder)).map(HistoryEntry::summary);
    }

    public Optional<String> nextRedoSummary(String coder) {
        return jdbi.withExtension(HistoryDao.class, dao -> dao.nextUndone(coder)).map(HistoryEntry::summary);
    }

    private interface StackUpdate {
        void apply(HistoryDao history, String storedInverse);
    }

    private Applied replay(HistoryEntry entry, String coder, String storedCommand, String action, String refKey,
                           StackUpdate update) {
        Command command = codec.read(storedCommand);
        Applied applied;
        try {
            applied = jdbi.inTransaction(handle -> {
                trail.lockHead(handle);
                ChangeContext ctx = new ChangeContext(handle, coder, ChainHash.storable(clock.instant()), shared);
                Change change = command.apply(ctx);
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("op", change.action());
                extra.put(refKey, entry.auditSeq());
                AuditEvent event = append(handle, ctx, action, withSummary(change, action, entry.summary()), extra);
                update.apply(handle.attach(HistoryDao.class), codec.write(change.inverse()));
                return new Applied(change, event);
            });
        } catch (UserException e) {
            // The world moved on (say, another coder deleted the code): drop the entry so the next
            // undo can proceed, and say why this one could not be done.
            jdbi.useExtension(HistoryDao.class, dao -> dao.discard(entry.id()));
            throw new UserException(e, "history.error.impossible", entry.summary(), e.getMessage());
        }
        notifyListeners(applied);
        return applied;
    }

    private static Change withSummary(Change change, String action, String originalSummary) {
        String prefix = UNDO.equals(action) ? "Undo: " : "Redo: ";
        return new Change(change.action(), change.entityType(), change.entityId(), prefix + originalSummary,
                change.before(), change.after(), change.inverse());
    }

    private AuditEvent append(Handle handle, ChangeContext ctx, String action, Change change, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>(extra);
        data.put("before", change.before());
        data.put("after", change.after());
        return trail.append(handle, ctx.now(), ctx.coder(), action, change.entityType(), change.entityId(),
                change.summary(), Json.write(data));
    }

    private void notifyListeners(Applied applied) {
        for (Consumer<Applied> listener : listeners) {
            listener.accept(applied);
        }
    }
}
