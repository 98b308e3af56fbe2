package org.tematik.core.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/**
 * What measurements share: the project folder, the coder, the project (opened on first use and kept
 * open), and a seeded random for choosing passages, so two runs time the same work.
 */
public final class BenchSession implements AutoCloseable {
    private final Path dir;
    private final String coder;
    private final Random random = new Random(8);
    private Project project;
    private List<Source> sources;
    private List<UUID> codes;

    BenchSession(Path dir, String coder) {
        this.dir = dir;
        this.coder = coder;
    }

    public Path dir() {
        return dir;
    }

    public String coder() {
        return coder;
    }

    public Random random() {
        return random;
    }

    public Project project() {
        if (project == null) {
            project = Project.open(dir, coder);
        }
        return project;
    }

    /** Closes the project, so a measurement can time opening it (a second open in one JVM would share the database). */
    public void closeProject() {
        if (project != null) {
            project.close();
            project = null;
        }
    }

    /** The project's sources, read once. */
    public List<Source> sources() {
        if (sources == null) {
            sources = project().sources().list();
        }
        return sources;
    }

    /** The ids of codes that have codings, in tree order, read once. */
    public List<UUID> codedCodes() {
        if (codes == null) {
            codes = project().codebook().tree().stream().filter(n -> n.codings() > 0).map(n -> n.code().id()).toList();
        }
        return codes;
    }

    /** A passage somewhere in a source chosen at random: {source id, start, end} as a source and two offsets. */
    public Passage randomPassage() {
        Source s = sources().get(random.nextInt(sources().size()));
        int length = Math.min(s.chars(), 20 + random.nextInt(200));
        int start = random.nextInt(s.chars() - length + 1);
        return new Passage(s.id(), start, start + length);
    }

    public record Passage(UUID sourceId, int start, int end) {
    }

    @Override
    public void close() {
        closeProject();
    }
}
