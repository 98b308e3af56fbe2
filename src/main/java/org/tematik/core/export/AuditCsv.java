package org.tematik.core.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.ChainHash;
import org.tematik.core.util.UserException;

/**
 * The trail as CSV, with every field the chain hash covers, so the file can be verified on its own
 * ({@link #verify}). The first line is a comment naming the selection; {@code description} is the
 * event in the reader's language and is not part of the hash.
 */
public final class AuditCsv {
    static final String MARKER = "tematik audit trail v1; selection=";
    public static final String ALL = "all";
    private static final String[] HEADER = {"seq", "time", "coder", "action", "entity_type", "entity_id", "summary",
        "data", "prev_hash", "hash", "description"};
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').get();

    /** What checking an exported file found. {@code complete}: the file claims, and holds, the whole trail from event 1. */
    public record FileCheck(long events, Long brokenSeq, String problemKey, boolean complete, String selection,
                            long firstSeq, long lastSeq, String headHash) {
        public boolean isIntact() {
            return brokenSeq == null;
        }
    }

    private AuditCsv() {
    }

    /** Writes the events (oldest first) to {@code file} atomically; {@code selection} is ALL or a description of the filter. */
    public static long write(Iterator<AuditEvent> events, Function<AuditEvent, String> describe, String selection, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long n = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setCommentMarker('#')
                .setHeaderComments(MARKER + selection.replaceAll("[\r\n]", " ")).get();
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, format)) {
            while (events.hasNext()) {
                AuditEvent e = events.next();
                csv.printRecord(e.seq(), e.time().toString(), e.coder(), e.action(), e.entityType(),
                        e.entityId() == null ? "" : e.entityId(), e.summary(), e.data(), e.prevHash(), e.hash(), describe.apply(e));
                n++;
            }
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
        return n;
    }

    /** Recomputes every row's hash and the links between consecutive rows; in a complete export a gap is a missing event. */
    public static FileCheck verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("audit.file.missing", file);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = READ.parse(r)) {
            String selection = selection(parser.getHeaderComment());
            if (selection == null || !parser.getHeaderNames().containsAll(java.util.List.of(HEADER).subList(0, 10))) {
                throw new UserException("audit.file.notExport", file);
            }
            boolean claimsAll = ALL.equals(selection);
            long n = 0;
            long first = 0;
            AuditEvent prev = null;
            for (CSVRecord rec : parser) {
                AuditEvent e = event(rec, file);
                if (prev == null) {
                    first = e.seq();
                    if (claimsAll && e.seq() != 1) {
                        return broken(n, 1, "audit.verify.missing", selection, first, prev);
                    }
                    if (e.seq() == 1 && !AuditEvent.GENESIS_HASH.equals(e.prevHash())) {
                        return broken(n, 1, "audit.verify.link", selection, first, prev);
                    }
                } else if (e.seq() <= prev.seq()) {
                    return broken(n, e.seq(), "audit.file.order", selection, first, prev);
                } else if (e.seq() == prev.seq() + 1) {
                    if (!e.prevHash().equals(prev.hash())) {
                        return broken(n, e.seq(), "audit.verify.link", selection, first, prev);
                    }
                } else if (claimsAll) {
                    return broken(n, prev.seq() + 1, "audit.verify.missing", selection, first, prev);
                }
                if (!ChainHash.of(e).equals(e.hash())) {
                    return broken(n, e.seq(), "audit.verify.changed", selection, first, prev);
                }
                prev = e;
                n++;
            }
            if (prev == null) {
                throw new UserException("audit.file.empty", file);
            }
            return new FileCheck(n, null, null, claimsAll, selection, first, prev.seq(), prev.hash());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserException(e, "audit.file.unreadable", file, e.getMessage());
        }
    }

    private static FileCheck broken(long n, long seq, String key, String selection, long first, AuditEvent prev) {
        return new FileCheck(n, seq, key, ALL.equals(selection), selection, first, prev == null ? 0 : prev.seq(),
                prev == null ? null : prev.hash());
    }

    private static String selection(String comment) {
        if (comment == null) {
            return null;
        }
        String line = comment.strip();
        int at = line.indexOf(MARKER);
        return at < 0 ? null : line.substring(at + MARKER.length()).strip();
    }

    private static AuditEvent event(CSVRecord r, Path file) {
        try {
            String entityId = r.get("entity_id");
            return new AuditEvent(Long.parseLong(r.get("seq")), Instant.parse(r.get("time")), r.get("coder"), r.get("action"),
                    r.get("entity_type"), entityId.isEmpty() ? null : entityId, r.get("summary"), r.get("data"),
                    r.get("prev_hash"), r.get("hash"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UserException(e, "audit.file.badLine", file, r.getRecordNumber() + 1, e.getMessage());
        }
    }
}
