package org.tematik.core.export;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.EventText;
import org.tematik.core.storage.AuditQueryDao;

/** Writes the trail (or a selection of it) as CSV, XLSX or a PDF report. */
public final class AuditExporter {
    public enum Format { csv }

    private final Jdbi jdbi;

    public AuditExporter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Exports the events the filter selects; returns how many. */
    public long export(Format format, AuditFilter filter, Path file) {
        Map<UUID, String> names = jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::names);
        EventText text = new EventText(names::get);
        return jdbi.withHandle(handle -> {
            try (Stream<AuditEvent> events = handle.attach(AuditQueryDao.class).stream(filter)) {
                Iterator<AuditEvent> it = events.iterator();
                return AuditCsv.write(it, text::describe, selection(filter), file);
            }
        });
    }

    /** How the file names its selection: "all", or the filter in a stable, readable form. */
    static String selection(AuditFilter f) {
        if (f.isAll()) {
            return AuditCsv.ALL;
        }
        StringBuilder s = new StringBuilder();
        if (f.from() != null) {
            s.append("since ").append(f.from());
        }
        if (f.coder() != null) {
            s.append(s.length() == 0 ? "" : ", ").append("coder ").append(f.coder());
        }
        return s.length() == 0 ? "filtered" : s.toString();
    }
}
