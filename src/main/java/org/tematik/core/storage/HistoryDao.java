package org.tematik.core.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.history.HistoryEntry;

@RegisterConstructorMapper(HistoryEntry.class)
public interface HistoryDao {
    String SELECT = "SELECT id, coder, audit_seq, state, summary, undo_command, redo_command FROM command_history ";

    /** Top of the undo stack. */
    // Ordered by the whole index (coder, state, id): H2 then reads one index entry; "ORDER BY id DESC" alone
    // made it sort all of the coder's entries (30 ms for 30,000, on every undo and after every change).
    @SqlQuery(SELECT + "WHERE coder = :coder AND state = 'done' ORDER BY coder DESC, state DESC, id DESC FETCH FIRST 1 ROWS ONLY")
    Optional<HistoryEntry> lastDone(@Bind("coder") String coder);

    /** Top of the redo stack: undone entries sit contiguously above the done ones, the last undone lowest. */
    @SqlQuery(SELECT + "WHERE coder = :coder AND state = 'undone' ORDER BY coder, state, id FETCH FIRST 1 ROWS ONLY")
    Optional<HistoryEntry> nextUndone(@Bind("coder") String coder);

    @SqlUpdate("INSERT INTO command_history (id, coder, audit_seq, state, summary, undo_command) "
            + "VALUES (:seq, :coder, :seq, 'done', :summary, :undo)")
    void push(@Bind("seq") long auditSeq, @Bind("coder") String coder, @Bind("summary") String summary,
              @Bind("undo") String undoCommand);

    @SqlUpdate("UPDATE command_history SET state = 'undone', redo_command = :redo WHERE id = :id")
    void markUndone(@Bind("id") long id, @Bind("redo") String redoCommand);

    @SqlUpdate("UPDATE command_history SET state = 'done', undo_command = :undo WHERE id = :id")
    void markRedone(@Bind("id") long id, @Bind("undo") String undoCommand);

    @SqlUpdate("UPDATE command_history SET state = 'discarded' WHERE id = :id")
    void discard(@Bind("id") long id);

    /** A new change empties the coder's redo stack. */
    @SqlUpdate("UPDATE command_history SET state = 'discarded' WHERE coder = :coder AND state = 'undone'")
    void discardUndone(@Bind("coder") String coder);
}
