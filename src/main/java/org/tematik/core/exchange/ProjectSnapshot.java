package org.tematik.core.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;
import org.tematik.core.source.Source;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.storage.SourceDao;

/** Reads a whole project into the REFI-QDA model, in one database transaction so the picture is consistent. */
final class ProjectSnapshot {
    /** A source's type and method travel as two source variables with fixed GUIDs, so other tools show them too. */
    static final UUID SOURCE_TYPE = UUID.nameUUIDFromBytes("tematik:source-type".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final UUID METHOD = UUID.nameUUIDFromBytes("tematik:method".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private ProjectSnapshot() {
    }

    static Qda.Project read(Jdbi jdbi, String projectName) {
        return jdbi.inTransaction(handle -> {
            ExchangeDao dao = handle.attach(ExchangeDao.class);
            Map<String, UUID> userIds = new HashMap<>();
            List<Qda.User> users = new ArrayList<>();
            for (ExchangeDao.CoderRow c : dao.coders()) {
                userIds.put(c.name(), c.id());
                users.add(new Qda.User(c.id(), c.name()));
            }
            Map<String, List<UUID>> notesOf = new HashMap<>();
            List<Qda.Note> notes = new ArrayList<>();
            List<UUID> projectNotes = new ArrayList<>();
            for (Memo m : dao.memos()) {
                notes.add(new Qda.Note(m.id(), m.title(), m.body(), userIds.get(m.coder()), m.createdAt()));
                if (m.targetId() == null) {
                    projectNotes.add(m.id());
                } else {
                    notesOf.computeIfAbsent(m.targetType() + ":" + m.targetId(), k -> new ArrayList<>()).add(m.id());
                }
            }
            List<Qda.Code> codes = new ArrayList<>();
            for (Code c : handle.attach(CodeDao.class).listAll()) {
                codes.add(new Qda.Code(c.id(), c.parentId(), c.name(), c.color(), c.definition(), c.inclusion(),
                        c.exclusion(), c.example(), notesOf.getOrDefault("code:" + c.id(), List.of())));
            }
            List<Qda.Variable> variables = new ArrayList<>();
            variables.add(new Qda.Variable(SOURCE_TYPE, "Source type", "Text", "source"));
            variables.add(new Qda.Variable(METHOD, "Method", "Text", "source"));
            for (ExchangeDao.AttributeRow a : dao.attributes()) {
                variables.add(new Qda.Variable(a.id(), a.name(), variableType(a.valueType()), a.ownerKind()));
            }
            Map<UUID, List<Qda.Value>> valuesOf = new HashMap<>();
            for (ExchangeDao.ValueRow v : dao.attributeValues()) {
                valuesOf.computeIfAbsent(v.ownerId(), k -> new ArrayList<>()).add(new Qda.Value(v.attributeId(), valueText(v)));
            }
            Map<UUID, List<UUID>> sourcesOfCase = new HashMap<>();
            dao.caseSources().forEach(cs -> sourcesOfCase.computeIfAbsent(cs.caseId(), k -> new ArrayList<>()).add(cs.sourceId()));
            SourceDao sourceDao = handle.attach(SourceDao.class);
            List<Source> active = sourceDao.listActive();
            java.util.Set<UUID> activeIds = new java.util.HashSet<>();
            active.forEach(s -> activeIds.add(s.id()));
            List<Qda.Case> cases = new ArrayList<>();
            for (var c : handle.attach(CaseDao.class).list()) {
                List<UUID> members = sourcesOfCase.getOrDefault(c.id(), List.of()).stream().filter(activeIds::contains).toList();
                cases.add(new Qda.Case(c.id(), c.name(), c.description(), valuesOf.getOrDefault(c.id(), List.of()), members));
            }
            Map<UUID, List<Coding>> codingsOf = new LinkedHashMap<>();
            dao.activeCodings().forEach(g -> codingsOf.computeIfAbsent(g.sourceId(), k -> new ArrayList<>()).add(g));
            List<Qda.Source> sources = new ArrayList<>();
            for (Source s : active) {
                List<Qda.Value> values = new ArrayList<>(valuesOf.getOrDefault(s.id(), List.of()));
                values.add(new Qda.Value(SOURCE_TYPE, s.sourceType()));
                if (s.method() != null) {
                    values.add(new Qda.Value(METHOD, s.method()));
                }
                sources.add(new Qda.Source(s.id(), s.name(), sourceDao.contentOf(s.id()), s.sha256(), userIds.get(s.importedBy()),
                        s.importedAt(), selections(codingsOf.getOrDefault(s.id(), List.of()), userIds, notesOf),
                        notesOf.getOrDefault("source:" + s.id(), List.of()), values));
            }
            return new Qda.Project(projectName, users, codes, variables, cases, sources, notes, projectNotes);
        });
    }

    /** Codings of one span become one selection (the REFI-QDA shape); its id derives from the first coding's. */
    private static List<Qda.Selection> selections(List<Coding> codings, Map<String, UUID> userIds,
                                                  Map<String, List<UUID>> notesOf) {
        Map<Long, List<Coding>> bySpan = new LinkedHashMap<>();
        for (Coding g : codings) {
            bySpan.computeIfAbsent(((long) g.start() << 32) | g.end(), k -> new ArrayList<>()).add(g);
        }
        List<Qda.Selection> out = new ArrayList<>();
        for (List<Coding> span : bySpan.values()) {
            Coding first = span.get(0);
            List<Qda.Coding> qc = span.stream().map(g -> new Qda.Coding(g.id(), g.codeId(), userIds.get(g.coder()),
                    g.createdAt(), notesOf.getOrDefault("coding:" + g.id(), List.of()))).toList();
            out.add(new Qda.Selection(selectionId(first.id()), first.start(), first.end(), userIds.get(first.coder()),
                    first.createdAt(), qc, List.of()));
        }
        return out;
    }

    static UUID selectionId(UUID codingId) {
        return UUID.nameUUIDFromBytes(("selection:" + codingId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String variableType(String valueType) {
        return switch (valueType) {
            case "number" -> "Float";
            case "date" -> "Date";
            default -> "Text";
        };
    }

    private static String valueText(ExchangeDao.ValueRow v) {
        if (v.valueNumber() != null) {
            BigDecimal n = v.valueNumber().stripTrailingZeros();
            return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
        }
        if (v.valueDate() != null) {
            return v.valueDate().toString();
        }
        return v.valueText();
    }
}
