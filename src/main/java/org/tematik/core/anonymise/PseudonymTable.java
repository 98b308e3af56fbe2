package org.tematik.core.anonymise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tematik.core.casebook.AttributeSheet;
import org.tematik.core.util.UserException;

/**
 * Reads a pseudonym table (CSV or XLSX, the same reader as attribute tables). A header row with columns
 * {@code original} and {@code pseudonym} (or Indonesian {@code asli}, {@code samaran}) and an optional
 * {@code kind} / {@code jenis} is recognised; without one, the first two columns are original and pseudonym.
 */
public final class PseudonymTable {
    private static final Set<String> ORIGINAL = Set.of("original", "name", "real name", "asli", "nama", "nama asli");
    private static final Set<String> PSEUDONYM = Set.of("pseudonym", "replacement", "samaran", "nama samaran", "pengganti");
    private static final Set<String> KIND = Set.of("kind", "type", "jenis");

    private PseudonymTable() {
    }

    public static List<PseudonymEntry> read(Path file) {
        return parse(AttributeSheet.read(file), file.getFileName().toString());
    }

    static List<PseudonymEntry> parse(List<List<String>> rows, String fileName) {
        int original = 0;
        int pseudonym = 1;
        int kind = -1;
        int first = 0;
        if (!rows.isEmpty()) {
            List<String> head = rows.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            int o = indexOf(head, ORIGINAL);
            int p = indexOf(head, PSEUDONYM);
            if (o >= 0 && p >= 0) {
                original = o;
                pseudonym = p;
                kind = indexOf(head, KIND);
                first = 1;
            }
        }
        List<PseudonymEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String o = clean(cell(row, original));
            String p = clean(cell(row, pseudonym));
            if (o.isEmpty() && p.isEmpty()) {
                continue; // blank lines at the end of a spreadsheet
            }
            if (o.isEmpty() || p.isEmpty()) {
                throw new UserException("anonymise.error.row", fileName, r + 1);
            }
            Integer earlier = seen.putIfAbsent(o.toLowerCase(Locale.ROOT), r + 1);
            if (earlier != null) {
                throw new UserException("anonymise.error.duplicate", fileName, r + 1, earlier);
            }
            String k = kind < 0 ? "" : clean(cell(row, kind));
            entries.add(new PseudonymEntry(o, p, k.isEmpty() ? null : k));
        }
        if (entries.isEmpty()) {
            throw new UserException("anonymise.error.empty", fileName);
        }
        return entries;
    }

    private static int indexOf(List<String> head, Set<String> names) {
        for (int i = 0; i < head.size(); i++) {
            if (names.contains(head.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    /** Inner runs of spaces count as one, as they do when matching. */
    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
