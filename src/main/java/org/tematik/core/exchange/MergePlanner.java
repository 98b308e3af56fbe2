package org.tematik.core.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.casebook.Case;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodePalette;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Hashing;

/**
 * Works out what another project (or a .qdpx) adds to this one: sources matched by SHA-256 (of the
 * original, or of the text), codes by GUID then by name path, cases by GUID then name. Matched items
 * are never changed; where the two sides disagree a conflict is reported and this project's version kept.
 * Importing into a new project is the same plan against an empty project.
 */
final class MergePlanner {
    static final String IMPORTER = "refi-qda";
    private final Qda.Project here;
    private final Set<UUID> deletedHere;
    private final Qda.Project there;
    private final Set<UUID> deletedThere;
    private final String coder;
    private final Instant now;
    private final ExchangeReport report;
    private final ExchangeBatch batch = ExchangeBatch.empty();
    private final Map<UUID, String> userNames = new HashMap<>();
    private final Map<UUID, UUID> codeMap = new HashMap<>();
    private final Map<UUID, UUID> sourceMap = new HashMap<>();
    private final Map<UUID, String> textOf = new HashMap<>();
    private final Set<UUID> usedIds = new HashSet<>();
    private final Set<UUID> newSources = new HashSet<>();
    /** Where each note of the other side ends up: memo target type and id (null id: the project). */
    private final Map<UUID, Object[]> noteTargets = new LinkedHashMap<>();

    /** Original files of new sources, to be stored in the project's sources/ folder (by SHA-256 name). */
    final Map<String, QdeReader.Original> originalsToStore = new LinkedHashMap<>();

    MergePlanner(Qda.Project here, Set<UUID> deletedHere, Qda.Project there, Set<UUID> deletedThere, String coder,
                 Instant now, ExchangeReport report) {
        this.here = here;
        this.deletedHere = deletedHere;
        this.there = there;
        this.deletedThere = deletedThere;
        this.coder = coder;
        this.now = now;
        this.report = report;
    }

    ExchangeBatch plan(Map<UUID, QdeReader.Original> originals) {
        collectUsedIds();
        users();
        codes();
        sources(originals);
        cases();
        codings();
        memos();
        report.added(batch);
        return batch;
    }

    private void collectUsedIds() {
        here.codes().forEach(c -> usedIds.add(c.guid()));
        here.sources().forEach(s -> {
            usedIds.add(s.guid());
            s.selections().forEach(sel -> sel.codings().forEach(c -> usedIds.add(c.guid())));
        });
        here.notes().forEach(n -> usedIds.add(n.guid()));
        here.cases().forEach(c -> usedIds.add(c.guid()));
        here.variables().forEach(v -> usedIds.add(v.guid()));
    }

    /** The other side's id when this project does not use it yet (ids stay stable across tools), else a new one. */
    private UUID freeId(UUID wanted) {
        UUID id = wanted != null && !usedIds.contains(wanted) ? wanted : UUID.randomUUID();
        usedIds.add(id);
        return id;
    }

    private void users() {
        Set<String> known = new HashSet<>();
        here.users().forEach(u -> known.add(u.name()));
        for (Qda.User u : there.users()) {
            String name = cut(u.name(), 200);
            userNames.put(u.guid(), name);
            if (known.add(name)) {
                batch.coders().add(new ExchangeDao.CoderRow(u.guid(), name));
            }
        }
    }

    private String userName(UUID guid) {
        String name = guid == null ? null : userNames.get(guid);
        if (name == null) {
            report.note("exchange.note.unknownUser");
            return coder;
        }
        return name;
    }

    private void codes() {
        Map<UUID, Qda.Code> hereById = new HashMap<>();
        here.codes().forEach(c -> hereById.put(c.guid(), c));
        Map<String, Qda.Code> hereByPath = new HashMap<>();
        Map<UUID, String> herePaths = paths(here.codes());
        here.codes().forEach(c -> hereByPath.put(herePaths.get(c.guid()), c));
        Map<UUID, String> therePaths = paths(there.codes());
        Set<UUID> usedThere = new HashSet<>();
        there.sources().forEach(s -> s.selections().forEach(sel -> sel.codings().forEach(c -> usedThere.add(c.code()))));
        int order = here.codes().size() + 1;
        for (Qda.Code c : parentsFirst(there.codes())) {
            Qda.Code match = hereById.get(c.guid());
            if (match == null) {
                match = hereByPath.get(therePaths.get(c.guid()));
            }
            if (match != null) {
                codeMap.put(c.guid(), match.guid());
                compare(match, c, herePaths.get(match.guid()), therePaths.get(c.guid()));
                continue;
            }
            if (deletedHere.contains(c.guid())) {
                if (!usedThere.contains(c.guid())) {
                    report.note("exchange.note.deletedStaysDeleted");
                    continue;
                }
                report.conflict("exchange.conflict.deletedHere", c.name());
            }
            UUID id = freeId(c.guid());
            codeMap.put(c.guid(), id);
            UUID parent = c.parent() == null ? null : codeMap.get(c.parent());
            String colour = c.color() != null ? c.color() : CodePalette.forIndex(order);
            batch.codes().add(new Code(id, parent, cut(c.name(), 300), c.definition(), c.inclusion(), c.exclusion(),
                    c.example(), colour, order++, now, coder));
        }
        Set<UUID> thereIds = new HashSet<>();
        there.codes().forEach(c -> thereIds.add(c.guid()));
        Map<UUID, Integer> usesHere = new HashMap<>();
        here.sources().forEach(s -> s.selections().forEach(sel -> sel.codings().forEach(g -> usesHere.merge(g.code(), 1, Integer::sum))));
        for (Qda.Code c : here.codes()) {
            if (!thereIds.contains(c.guid()) && deletedThere.contains(c.guid()) && usesHere.containsKey(c.guid())) {
                report.conflict("exchange.conflict.deletedThere", c.name(), usesHere.get(c.guid()));
            }
        }
    }

    private void compare(Qda.Code mine, Qda.Code theirs, String myPath, String theirPath) {
        List<String> differ = new ArrayList<>();
        if (!mine.name().equals(theirs.name())) {
            differ.add("name '" + theirs.name() + "'");
        }
        if (!Objects.equals(myPath, theirPath) && mine.name().equals(theirs.name())) {
            differ.add("place '" + theirPath + "'");
        }
        if (!same(mine.definition(), theirs.definition()) || !same(mine.inclusion(), theirs.inclusion())
                || !same(mine.exclusion(), theirs.exclusion()) || !same(mine.example(), theirs.example())) {
            differ.add("definition");
        }
        if (theirs.color() != null && !theirs.color().equalsIgnoreCase(mine.color())) {
            differ.add("colour " + theirs.color());
        }
        if (!differ.isEmpty()) {
            report.conflict("exchange.conflict.codeEdited", mine.name(), String.join(", ", differ));
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.strip(), b == null || b.isBlank() ? null : b.strip());
    }

    private static Map<UUID, String> paths(List<Qda.Code> codes) {
        Map<UUID, Qda.Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.guid(), c));
        Map<UUID, String> out = new HashMap<>();
        for (Qda.Code c : codes) {
            StringBuilder path = new StringBuilder(c.name().strip().toLowerCase(Locale.ROOT));
            Set<UUID> seen = new HashSet<>();
            for (Qda.Code p = byId.get(c.parent()); p != null && seen.add(p.guid()); p = byId.get(p.parent())) {
                path.insert(0, p.name().strip().toLowerCase(Locale.ROOT) + "/");
            }
            out.put(c.guid(), path.toString());
        }
        return out;
    }

    private static List<Qda.Code> parentsFirst(List<Qda.Code> codes) {
        Set<UUID> all = new HashSet<>();
        codes.forEach(c -> all.add(c.guid()));
        List<Qda.Code> out = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<Qda.Code> pending = new ArrayList<>(codes);
        while (!pending.isEmpty()) {
            List<Qda.Code> next = new ArrayList<>();
            for (Qda.Code c : pending) {
                if (c.parent() == null || !all.contains(c.parent()) || placed.contains(c.parent())) {
                    out.add(c);
                    placed.add(c.guid());
                } else {
                    next.add(c);
                }
            }
            if (next.size() == pending.size()) { // a cycle: put the rest at the top rather than loop
                next.forEach(c -> out.add(new Qda.Code(c.guid(), null, c.name(), c.color(), c.definition(), c.inclusion(),
                        c.exclusion(), c.example(), c.notes())));
                break;
            }
            pending = next;
        }
        return out;
    }

    private void sources(Map<UUID, QdeReader.Original> originals) {
        Map<String, UUID> bySha = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Qda.Source s : here.sources()) {
            bySha.put(s.sha256(), s.guid());
            bySha.put(Hashing.sha256(s.text()), s.guid());
            textOf.put(s.guid(), s.text());
            names.add(s.name().toLowerCase(Locale.ROOT));
        }
        for (Qda.Source s : there.sources()) {
            QdeReader.Original original = originals.get(s.guid());
            String originalSha = s.sha256() != null ? s.sha256() : original == null ? null : Hashing.sha256(original.bytes());
            String textSha = Hashing.sha256(s.text());
            UUID match = originalSha != null && bySha.containsKey(originalSha) ? bySha.get(originalSha) : bySha.get(textSha);
            if (match != null) {
                if (newSources.contains(match)) {
                    report.note("exchange.note.sameText"); // Tematik keeps one source per file
                }
                if (!textOf.get(match).equals(s.text())) {
                    report.conflict("exchange.conflict.sourceText", s.name());
                    continue; // its positions would point at other words here
                }
                sourceMap.put(s.guid(), match);
                continue;
            }
            UUID id = freeId(s.guid());
            String sha = originalSha != null ? originalSha : textSha;
            String fileName = original != null ? original.fileName() : s.name() + ".txt";
            String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "txt";
            byte[] bytes = original != null ? original.bytes() : s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String stored = "sources/" + sha + "." + ext;
            originalsToStore.put(stored, new QdeReader.Original(fileName, bytes));
            String name = freeName(cut(s.name(), 480), names);
            List<SourceStructure.Paragraph> paragraphs = paragraphs(s.text());
            Source row = new Source(id, name, sha, CodePoints.count(s.text()), valueOf(s, ProjectSnapshot.SOURCE_TYPE, "other"),
                    valueOf(s, ProjectSnapshot.METHOD, null), IMPORTER, stored,
                    cut(fileName, 1000), bytes.length, null, s.created() != null ? s.created() : now, userName(s.creator()),
                    0, paragraphs.size(), null);
            batch.sources().add(new ExchangeBatch.NewSource(row, s.text(), paragraphs));
            sourceMap.put(s.guid(), id);
            newSources.add(id);
            textOf.put(id, s.text());
            bySha.put(sha, id);
            bySha.put(textSha, id);
        }
    }

    /** A Tematik source variable (type, method): normalised like an import's options, or {@code fallback}. */
    private static String valueOf(Qda.Source s, UUID variable, String fallback) {
        return s.values().stream().filter(v -> v.variable().equals(variable) && v.value() != null && !v.value().isBlank())
                .map(v -> cut(v.value().strip().toLowerCase(Locale.ROOT), 100)).findFirst().orElse(fallback);
    }

    private static String freeName(String wanted, Set<String> names) {
        String name = wanted;
        for (int n = 2; names.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = wanted + " (" + n + ")";
        }
        names.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Paragraphs of a plain text: its non-blank lines, so citations (¶ n) work for imported sources too. */
    static List<SourceStructure.Paragraph> paragraphs(String text) {
        List<SourceStructure.Paragraph> out = new ArrayList<>();
        int cp = 0;
        for (String line : text.split("\n", -1)) {
            int len = line.codePointCount(0, line.length());
            if (!line.isBlank()) {
                out.add(new SourceStructure.Paragraph(out.size() + 1, cp, cp + len, 0, "paragraph"));
            }
            cp += len + 1;
        }
        return out;
    }

    private void cases() {
        Map<UUID, Qda.Case> hereById = new HashMap<>();
        Map<String, Qda.Case> hereByName = new HashMap<>();
        Set<String> memberships = new HashSet<>();
        for (Qda.Case c : here.cases()) {
            hereById.put(c.guid(), c);
            hereByName.put(c.name().toLowerCase(Locale.ROOT), c);
            c.sources().forEach(s -> memberships.add(c.guid() + ":" + s));
        }
        Attributes attributes = new Attributes(here, there, batch, report, usedIds);
        for (Qda.Case c : there.cases()) {
            Qda.Case match = hereById.getOrDefault(c.guid(), hereByName.get(c.name().toLowerCase(Locale.ROOT)));
            UUID id;
            if (match != null) {
                id = match.guid();
                if (!match.name().equals(c.name()) || !same(match.description(), c.description())) {
                    report.conflict("exchange.conflict.caseEdited", match.name(), c.name());
                }
            } else {
                id = freeId(c.guid());
                batch.cases().add(new Case(id, cut(c.name(), 300), c.description(), now));
                hereByName.put(c.name().toLowerCase(Locale.ROOT), new Qda.Case(id, c.name(), c.description(), List.of(), List.of()));
            }
            for (UUID s : c.sources()) {
                UUID local = sourceMap.get(s);
                if (local != null && memberships.add(id + ":" + local)) {
                    batch.caseSources().add(new ExchangeDao.CaseSourceRow(id, local));
                }
            }
            attributes.values("case", id, c.name(), c.values());
        }
        for (Qda.Source s : there.sources()) {
            UUID local = sourceMap.get(s.guid());
            if (local != null) {
                attributes.values("source", local, s.name(), s.values());
            }
        }
    }

    private void codings() {
        Set<String> existing = new HashSet<>();
        for (Qda.Source s : here.sources()) {
            for (Qda.Selection sel : s.selections()) {
                for (Qda.Coding c : sel.codings()) {
                    existing.add(key(s.guid(), c.code(), sel.start(), sel.end(), nameHere(c.creator())));
                }
            }
        }
        Set<String> planned = new HashSet<>();
        for (Qda.Source s : there.sources()) {
            UUID source = sourceMap.get(s.guid());
            if (source == null) {
                continue;
            }
            int length = CodePoints.count(textOf.get(source));
            for (Qda.Selection sel : s.selections()) {
                if (sel.start() < 0 || sel.end() > length || sel.start() >= sel.end()) {
                    report.lose("exchange.loss.badSelections");
                    continue;
                }
                UUID firstCoding = null;
                for (Qda.Coding c : sel.codings()) {
                    UUID code = codeMap.get(c.code());
                    if (code == null) {
                        report.lose("exchange.loss.unknownCode");
                        continue;
                    }
                    String author = userName(c.creator() != null ? c.creator() : sel.creator());
                    String key = key(source, code, sel.start(), sel.end(), author);
                    if (!existing.add(key)) {
                        report.note(planned.contains(key) ? "exchange.note.duplicateCodings" : "exchange.note.alreadyThere");
                        continue; // the same coder's same coding is there once
                    }
                    planned.add(key);
                    UUID id = freeId(c.guid());
                    firstCoding = firstCoding == null ? id : firstCoding;
                    Instant at = c.created() != null ? c.created() : sel.created() != null ? sel.created() : now;
                    batch.codings().add(new Coding(id, source, code, sel.start(), sel.end(), author, at));
                    c.notes().forEach(n -> target(n, Memo.ON_CODING, id));
                }
                for (UUID n : sel.notes()) {
                    if (firstCoding != null) {
                        target(n, Memo.ON_CODING, firstCoding);
                    } else {
                        report.lose("exchange.loss.extraNoteLinks");
                    }
                }
            }
        }
    }

    private String nameHere(UUID user) {
        return here.users().stream().filter(u -> u.guid().equals(user)).map(Qda.User::name).findFirst().orElse(coder);
    }

    private static String key(UUID source, UUID code, int start, int end, String coder) {
        return source + "|" + code + "|" + start + "|" + end + "|" + coder;
    }

    private void target(UUID note, String type, UUID id) {
        if (noteTargets.putIfAbsent(note, new Object[] {type, id}) != null) {
            report.lose("exchange.loss.extraNoteLinks");
        }
    }

    private void memos() {
        there.projectNotes().forEach(n -> target(n, "project", null));
        there.codes().forEach(c -> c.notes().forEach(n -> {
            if (codeMap.containsKey(c.guid())) {
                target(n, "code", codeMap.get(c.guid()));
            }
        }));
        there.sources().forEach(s -> s.notes().forEach(n -> {
            if (sourceMap.containsKey(s.guid())) {
                target(n, "source", sourceMap.get(s.guid()));
            }
        }));
        Map<UUID, Qda.Note> hereNotes = new HashMap<>();
        here.notes().forEach(n -> hereNotes.put(n.guid(), n));
        for (Qda.Note n : there.notes()) {
            Qda.Note mine = hereNotes.get(n.guid());
            if (mine != null && !same(mine.text(), n.text())) {
                report.conflict("exchange.conflict.memo", shortText(mine.text()));
            }
            if (mine != null || n.text() == null || n.text().isBlank()) {
                continue; // the same memo (ours kept), or nothing to keep
            }
            Object[] t = noteTargets.getOrDefault(n.guid(), new Object[] {"project", null});
            Instant at = n.created() != null ? n.created() : now;
            batch.memos().add(new Memo(freeId(n.guid()), (String) t[0], (UUID) t[1], n.name() == null ? null : cut(n.name(), 500),
                    n.text(), userName(n.creator()), at, at));
        }
    }

    /** At most {@code max} UTF-16 units (how the database counts VARCHAR), never half a surrogate pair. */
    private static String shortText(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return cut(flat, 60);
    }

    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** Variables: attributes matched by owner kind and name; a value that differs from ours is a conflict. */
    private static final class Attributes {
        private final Map<String, ExchangeDao.AttributeRow> byKey = new HashMap<>();
        private final Map<UUID, Qda.Variable> thereVars = new HashMap<>();
        private final Map<String, String> hereValues = new HashMap<>();
        private final ExchangeBatch batch;
        private final ExchangeReport report;
        private final Set<UUID> usedIds;

        Attributes(Qda.Project here, Qda.Project there, ExchangeBatch batch, ExchangeReport report, Set<UUID> usedIds) {
            this.batch = batch;
            this.report = report;
            this.usedIds = usedIds;
            for (Qda.Variable v : here.variables()) {
                if (v.guid().equals(ProjectSnapshot.SOURCE_TYPE) || v.guid().equals(ProjectSnapshot.METHOD)) {
                    continue; // columns of the source, not attributes
                }
                byKey.put(v.owner() + ":" + v.name().toLowerCase(Locale.ROOT),
                        new ExchangeDao.AttributeRow(v.guid(), v.owner(), v.name(), valueType(v.type())));
            }
            here.cases().forEach(c -> c.values().forEach(val -> hereValues.put(val.variable() + ":" + c.guid(), val.value())));
            here.sources().forEach(s -> s.values().forEach(val -> hereValues.put(val.variable() + ":" + s.guid(), val.value())));
            there.variables().forEach(v -> thereVars.put(v.guid(), v));
        }

        void values(String owner, UUID ownerId, String ownerName, List<Qda.Value> values) {
            for (Qda.Value val : values) {
                Qda.Variable v = thereVars.get(val.variable());
                if (v == null || val.value() == null || val.value().isBlank()
                        || v.guid().equals(ProjectSnapshot.SOURCE_TYPE) || v.guid().equals(ProjectSnapshot.METHOD)) {
                    continue;
                }
                ExchangeDao.AttributeRow a = byKey.computeIfAbsent(owner + ":" + v.name().toLowerCase(Locale.ROOT), k -> {
                    UUID id = !usedIds.contains(v.guid()) ? v.guid() : UUID.randomUUID();
                    usedIds.add(id);
                    ExchangeDao.AttributeRow row = new ExchangeDao.AttributeRow(id, owner, cut(v.name(), 200), valueType(v.type()));
                    batch.attributes().add(row);
                    return row;
                });
                String mine = hereValues.get(a.id() + ":" + ownerId);
                if (mine != null) {
                    if (!mine.equals(val.value())) {
                        report.conflict("exchange.conflict.value", a.name(), ownerName, mine, val.value());
                    }
                    continue;
                }
                hereValues.put(a.id() + ":" + ownerId, val.value());
                batch.values().add(row(a, ownerId, val.value()));
            }
        }

        private static ExchangeDao.ValueRow row(ExchangeDao.AttributeRow a, UUID owner, String value) {
            try {
                BigDecimal n = "number".equals(a.valueType()) ? new BigDecimal(value.strip()) : null;
                if (n != null && n.precision() - n.scale() <= 20) { // what DECIMAL(30, 10) holds
                    return new ExchangeDao.ValueRow(a.id(), owner, null, n, null);
                }
                if ("date".equals(a.valueType())) {
                    return new ExchangeDao.ValueRow(a.id(), owner, null, null, LocalDate.parse(value.strip().substring(0, 10)));
                }
            } catch (RuntimeException notOfItsType) {
                // kept as text below: a value is never dropped for its format
            }
            return new ExchangeDao.ValueRow(a.id(), owner, cut(value, 2000), null, null);
        }

        private static String valueType(String type) {
            return switch (type) {
                case "Integer", "Float", "number" -> "number";
                case "Date", "date" -> "date";
                default -> "text";
            };
        }
    }
}
