package org.tematik.core.source;

import java.nio.file.Path;

/** What happened to one file of an import: imported, skipped as a duplicate, failed with a reason, or cancelled. */
public record ImportOutcome(Path file, Status status, Source source, String message, String problemKey) {
    public enum Status { IMPORTED, DUPLICATE, FAILED, CANCELLED }

    public static ImportOutcome imported(Path file, Source source) {
        return new ImportOutcome(file, Status.IMPORTED, source, null, null);
    }

    public static ImportOutcome duplicate(Path file, Source existing) {
        return new ImportOutcome(file, Status.DUPLICATE, existing, null, null);
    }

    public static ImportOutcome cancelled(Path file) {
        return new ImportOutcome(file, Status.CANCELLED, null, null, null);
    }

    /** {@code problemKey} is the message key of the reason (null when unexpected): the GUI asks for a password on it. */
    public static ImportOutcome failed(Path file, String message, String problemKey) {
        return new ImportOutcome(file, Status.FAILED, null, message, problemKey);
    }

    /** How many of a batch's outcomes have this status (for summaries). */
    public static long count(java.util.List<ImportOutcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean needsPassword() {
        return "import.pdf.needPassword".equals(problemKey) || "import.pdf.wrongPassword".equals(problemKey);
    }
}
