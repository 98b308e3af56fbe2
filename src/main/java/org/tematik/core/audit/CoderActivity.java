package org.tematik.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.storage.AuditQueryDao;
import org.tematik.core.util.Json;

/**
 * Who did how much, per coder and per day (UTC): codings added and removed, sources touched (coded,
 * uncoded or imported), and other changes. An undo counts as what it did: undoing an addition is a removal.
 */
public final class CoderActivity {
    public record Day(LocalDate day, String coder, int codingsAdded, int codingsRemoved, int sourcesTouched, int otherChanges) {
    }

    private final Jdbi jdbi;

    public CoderActivity(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Days in order, coders by name within a day. */
    public List<Day> of(AuditFilter filter) {
        Map<LocalDate, Map<String, Tally>> days = new TreeMap<>();
        jdbi.useHandle(handle -> {
            try (Stream<AuditEvent> events = handle.attach(AuditQueryDao.class).stream(filter)) {
                events.forEach(e -> days.computeIfAbsent(e.time().atOffset(ZoneOffset.UTC).toLocalDate(), d -> new TreeMap<>())
                        .computeIfAbsent(e.coder(), c -> new Tally()).count(e));
            }
        });
        List<Day> out = new ArrayList<>();
        days.forEach((day, coders) -> coders.forEach((coder, t) ->
                out.add(new Day(day, coder, t.added, t.removed, t.sources.size(), t.other))));
        return out;
    }

    /** One coder's running total of codings right after a change that added or removed one. */
    public record Step(java.time.Instant time, String coder, int total) {
    }

    /** Each coding added or removed (one at a time, as {@link #of} counts them), with the coder's running total, in time order. */
    public List<Step> steps(AuditFilter filter) {
        List<Step> out = new ArrayList<>();
        Map<String, Integer> totals = new HashMap<>();
        jdbi.useHandle(handle -> {
            try (Stream<AuditEvent> events = handle.attach(AuditQueryDao.class).stream(filter)) {
                events.forEach(e -> {
                    String op = TrailReplay.operation(e, Json.read(e.data()));
                    int delta = op.equals("coding.add") ? 1 : op.equals("coding.remove") ? -1 : 0;
                    if (delta != 0) {
                        out.add(new Step(e.time(), e.coder(), totals.merge(e.coder(), delta, Integer::sum)));
                    }
                });
            }
        });
        return out;
    }

    private static final class Tally {
        int added;
        int removed;
        int other;
        final Set<String> sources = new HashSet<>();

        void count(AuditEvent e) {
            JsonNode data = Json.read(e.data());
            switch (TrailReplay.operation(e, data)) {
                case "coding.add" -> {
                    added++;
                    sources.add(data.path("after").path("source").asText());
                }
                case "coding.remove" -> {
                    removed++;
                    sources.add(data.path("before").path("source").asText());
                }
                case "source.import", "source.remove", "source.restore" -> {
                    sources.add(e.entityId());
                    other++;
                }
                default -> other++;
            }
        }
    }
}
