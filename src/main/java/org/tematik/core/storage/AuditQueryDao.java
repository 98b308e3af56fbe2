package org.tematik.core.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;

/** Read-only questions a supervisor asks of the trail: filtered pages, one code's story, names for ids. */
@RegisterRowMapper(AuditDao.EventMapper.class)
public interface AuditQueryDao {

    /** Events on the code itself, or whose data mentions it (merged into it, its parent deleted, children moved). */
    @SqlQuery(AuditDao.SELECT + "WHERE entity_type = 'code' AND (entity_id = :id OR data LIKE :pattern) ORDER BY seq")
    List<AuditEvent> codeEvents(@Bind("id") String id, @Bind("pattern") String pattern);

    /** Events that named a code (created, renamed, restored, split back): to find a code that no longer exists. */
    @SqlQuery(AuditDao.SELECT + "WHERE entity_type = 'code' AND LOWER(data) LIKE :pattern ORDER BY seq")
    List<AuditEvent> codeEventsMentioning(@Bind("pattern") String pattern);

    @SqlQuery(AuditDao.SELECT + "WHERE entity_type = 'code' ORDER BY seq")
    Stream<AuditEvent> allCodeEvents();

    @SqlQuery("SELECT id, name FROM codes UNION ALL SELECT id, name FROM sources UNION ALL SELECT id, name FROM cases")
    @KeyColumn("id")
    @ValueColumn("name")
    Map<UUID, String> names();

    @SqlQuery("SELECT DISTINCT coder FROM audit_events ORDER BY coder")
    List<String> coders();

    @SqlQuery("SELECT DISTINCT action FROM audit_events ORDER BY action")
    List<String> actions();

    @SqlQuery("SELECT seq FROM audit_events <where> ORDER BY seq")
    List<Long> seqs(@Define("where") String where, @BindMap Map<String, Object> params);

    @SqlQuery(AuditDao.SELECT + "<where> ORDER BY seq")
    Stream<AuditEvent> stream(@Define("where") String where, @BindMap Map<String, Object> params);

    @SqlQuery(AuditDao.SELECT + "WHERE seq BETWEEN :lo AND :hi <and> ORDER BY seq")
    List<AuditEvent> range(@Bind("lo") long lo, @Bind("hi") long hi, @Define("and") String and,
                           @BindMap Map<String, Object> params);

    /** The seqs of the matching events, in order: the viewer's virtual list over them. */
    default List<Long> seqs(AuditFilter f) {
        Where w = where(f);
        return seqs(w.sql().isEmpty() ? "" : "WHERE " + w.sql(), w.params());
    }

    default Stream<AuditEvent> stream(AuditFilter f) {
        Where w = where(f);
        return stream(w.sql().isEmpty() ? "" : "WHERE " + w.sql(), w.params());
    }

    /** Matching events with lo <= seq <= hi: one page of the viewer. */
    default List<AuditEvent> range(long lo, long hi, AuditFilter f) {
        Where w = where(f);
        return range(lo, hi, w.sql().isEmpty() ? "" : "AND " + w.sql(), w.params());
    }

    record Where(String sql, Map<String, Object> params) {
    }

    /** Fixed SQL fragments with bound values only: the user's text never becomes SQL. */
    static Where where(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (f.coder() != null) {
            parts.add("coder = :coder");
            p.put("coder", f.coder());
        }
        if (f.action() != null) {
            parts.add("(action = :action OR (action IN ('undo', 'redo') AND data LIKE :opPattern))");
            p.put("action", f.action());
            p.put("opPattern", "%\"op\":\"" + f.action() + "\"%"); // action names hold no wildcards
        }
        if (f.code() != null) {
            parts.add("(entity_id = :codeId OR data LIKE :codePattern)");
            p.put("codeId", f.code().toString());
            p.put("codePattern", "%" + f.code() + "%");
        }
        if (f.source() != null) {
            parts.add("(entity_id = :sourceId OR data LIKE :sourcePattern)");
            p.put("sourceId", f.source().toString());
            p.put("sourcePattern", "%" + f.source() + "%");
        }
        if (f.from() != null) {
            parts.add("occurred_at >= :fromTime");
            p.put("fromTime", f.from().atOffset(java.time.ZoneOffset.UTC));
        }
        if (f.to() != null) {
            parts.add("occurred_at < :toTime");
            p.put("toTime", f.to().atOffset(java.time.ZoneOffset.UTC));
        }
        if (f.text() != null) {
            parts.add("(LOWER(summary) LIKE :text ESCAPE '!' OR LOWER(coder) LIKE :text ESCAPE '!' "
                    + "OR LOWER(action) LIKE :text ESCAPE '!' OR LOWER(data) LIKE :text ESCAPE '!')");
            p.put("text", "%" + like(f.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(String.join(" AND ", parts), p);
    }

    /** Escapes LIKE wildcards (with '!', which Jdbi's parser leaves alone) so "50%" means the text 50%. */
    static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
