package org.tematik.core.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.Project;

/**
 * Tells one client about changes other clients committed to the same team project. Every change
 * appends an audit event, so reading the trail past the last seen seq (an index range on the primary
 * key) finds them all, in order, with no trigger or extra table; polling every couple of seconds
 * costs one tiny query. Events this client made itself are skipped: its own command stack already
 * announced them. The local search index (a per-client cache) is brought up to date when sources changed.
 */
public final class ProjectWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectWatcher.class);
    private static final int PAGE = 500;

    private final Project project;
    private final List<Consumer<List<AuditEvent>>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Long> mine = ConcurrentHashMap.newKeySet();
    private final Consumer<CommandStack.Applied> ownChanges = applied -> mine.add(applied.event().seq());
    private ScheduledExecutorService timer;
    /** The newest seq read; -1 until the first poll, which only takes the current end (no I/O in the constructor). */
    private long lastSeen = -1;

    public ProjectWatcher(Project project) {
        this.project = project;
        project.history().addListener(ownChanges);
    }

    /** Listeners hear about each batch of others' changes, on the polling thread. */
    public void addListener(Consumer<List<AuditEvent>> listener) {
        listeners.add(listener);
    }

    /** Reads what others committed since the last poll, tells the listeners, and returns it (oldest first). */
    public synchronized List<AuditEvent> poll() {
        if (lastSeen < 0) {
            lastSeen = project.audit().count();
            mine.clear();
            return List.of();
        }
        List<AuditEvent> others = new ArrayList<>();
        for (List<AuditEvent> page = project.audit().page(lastSeen, PAGE); !page.isEmpty();
             page = project.audit().page(lastSeen, PAGE)) {
            for (AuditEvent e : page) {
                lastSeen = e.seq();
                if (!mine.remove(e.seq())) {
                    others.add(e);
                }
            }
        }
        if (!others.isEmpty()) {
            if (others.stream().anyMatch(e -> "source".equals(e.entityType()))) {
                project.search().refresh();
            }
            listeners.forEach(l -> l.accept(List.copyOf(others)));
        }
        return others;
    }

    /** Polls on a daemon thread until closed; a failed poll (a network hiccup) is logged and tried again. */
    public ProjectWatcher start(Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tematik-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.warn("could not read changes from {}", project.location(), e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        project.history().removeListener(ownChanges);
    }
}
