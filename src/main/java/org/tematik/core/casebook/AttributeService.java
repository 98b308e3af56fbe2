package org.tematik.core.casebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.AttributeDao;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.util.UserException;

/**
 * Typed attributes of cases and sources: define, set, import and export the table. Each call is one
 * {@link ChangeAttributes} command, so a whole spreadsheet is one audit event and one undo, and a bad
 * cell stops the import before anything is written.
 */
public final class AttributeService {
    /** A column header: "name", "name:type" or "name:choice(a|b|c)". */
    private static final Pattern HEADER = Pattern.compile("^(.+?)(?::\\s*(text|number|date|choice)\\s*(?:\\((.*)\\))?)?$",
            Pattern.CASE_INSENSITIVE);

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final CasebookService casebook;

    public AttributeService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, CasebookService casebook) {
        this.casebook = casebook;
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
    }

    /** What one import did. */
    public record ImportSummary(String ownerKind, int rows, int casesCreated, int attributesDefined, int values) {
    }

    /** The attribute table of cases or of sources: one row per owner, one column per attribute. */
    public record Table(String ownerKind, List<Attribute> columns, List<TableRow> rows) {
    }

    public record TableRow(UUID ownerId, String owner, Map<String, String> values) {
    }

    public List<Attribute> definitions() {
        return jdbi.withExtension(AttributeDao.class, AttributeDao::list);
    }

    public void define(String ownerKind, String name, AttributeType type, List<String> choices) {
        String clean = name == null ? "" : name.strip();
        if (type == AttributeType.CHOICE && (choices == null || choices.isEmpty())) {
            throw new UserException("attribute.error.noChoices", clean);
        }
        Attribute a = new Attribute(UUID.randomUUID(), ownerKind, clean, type,
                type == AttributeType.CHOICE ? choices.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList() : List.of());
        stack.execute(new ChangeAttributes("Defined " + ownerKind + " attribute '" + clean + "' (" + type.label() + ")",
                null, List.of(a), null, null, null), coder);
    }

    /** A new case with attributes, as one change; attributes not defined yet get a type from their value. */
    public UUID addCase(String name, Map<String, String> attributes) {
        String clean = name == null ? "" : name.strip();
        UUID id = UUID.randomUUID();
        Plan plan = new Plan(Attribute.ON_CASE);
        attributes.forEach((k, v) -> plan.value(id, k, v, null));
        stack.execute(new ChangeAttributes("Created case '" + clean + "'", List.of(new ChangeAttributes.NewCase(id, clean)),
                plan.defined(), plan.values, null, null), coder);
        return id;
    }

    /** Sets attributes of one case or source (by name or id). */
    public void set(String ownerKind, String ownerRef, Map<String, String> attributes) {
        UUID owner;
        String ownerName;
        if (Attribute.ON_CASE.equals(ownerKind)) {
            Case c = casebook.resolve(ownerRef);
            owner = c.id();
            ownerName = c.name();
        } else {
            Source s = sources.resolve(ownerRef);
            owner = s.id();
            ownerName = s.name();
        }
        Plan plan = new Plan(ownerKind);
        attributes.forEach((k, v) -> plan.value(owner, k, v, null));
        stack.execute(new ChangeAttributes("Set " + String.join(", ", attributes.keySet()) + " of " + ownerKind + " '" + ownerName + "'",
                null, plan.defined(), plan.values, null, null), coder);
    }

    /** Loads a CSV/XLSX table whose first column is "case" (or "source") and whose others are attributes. */
    public ImportSummary importTable(Path file) {
        List<List<String>> rows = AttributeSheet.read(file);
        String fileName = file.getFileName().toString();
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new UserException("attribute.import.empty", fileName);
        }
        List<String> header = rows.get(0);
        String first = header.get(0).strip().toLowerCase(Locale.ROOT);
        String kind = switch (first) {
            case "case", "kasus" -> Attribute.ON_CASE;
            case "source", "sumber" -> Attribute.ON_SOURCE;
            default -> throw new UserException("attribute.import.firstColumn", fileName, header.get(0));
        };
        Plan plan = new Plan(kind);
        List<ChangeAttributes.NewCase> newCases = new ArrayList<>();
        Map<String, UUID> owners = new HashMap<>();
        List<Column> columns = columns(header, rows, fileName, plan);
        int dataRows = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String ownerName = cell(row, 0).strip();
            if (ownerName.isEmpty()) {
                throw new UserException("attribute.import.noOwner", fileName, r + 1, header.get(0));
            }
            if (owners.containsKey(ownerName.toLowerCase(Locale.ROOT))) {
                throw new UserException("attribute.import.twice", fileName, r + 1, ownerName);
            }
            UUID owner = owner(kind, ownerName, newCases, fileName, r + 1);
            owners.put(ownerName.toLowerCase(Locale.ROOT), owner);
            for (Column c : columns) {
                String raw = cell(row, c.index);
                plan.value(owner, c.name, raw.isBlank() ? null : raw, new Cell(fileName, r + 1, columnLetter(c.index)));
            }
            dataRows++;
        }
        stack.execute(new ChangeAttributes("Imported " + kind + " attributes from " + fileName, newCases, plan.defined(),
                plan.values, null, null), coder);
        return new ImportSummary(kind, dataRows, newCases.size(), plan.defined().size(), plan.values.size());
    }

    public void exportTable(String ownerKind, Path file) {
        Table t = table(ownerKind);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(ownerKind);
        t.columns().forEach(a -> header.add(a.name()));
        rows.add(header);
        for (TableRow r : t.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.owner());
            t.columns().forEach(a -> row.add(r.values().getOrDefault(a.name(), "")));
            rows.add(row);
        }
        AttributeSheet.write(file, rows);
    }

    public Table table(String ownerKind) {
        return jdbi.withHandle(h -> {
            AttributeDao dao = h.attach(AttributeDao.class);
            List<Attribute> columns = dao.list().stream().filter(a -> a.ownerKind().equals(ownerKind)).toList();
            Map<UUID, String> names = new HashMap<>();
            columns.forEach(a -> names.put(a.id(), a.name()));
            Map<UUID, Map<String, String>> byOwner = new HashMap<>();
            for (AttributeValue v : dao.values(ownerKind)) {
                byOwner.computeIfAbsent(v.ownerId(), k -> new LinkedHashMap<>()).put(names.get(v.attributeId()), v.value());
            }
            List<TableRow> rows = new ArrayList<>();
            if (Attribute.ON_CASE.equals(ownerKind)) {
                h.attach(CaseDao.class).list().forEach(c -> rows.add(new TableRow(c.id(), c.name(), byOwner.getOrDefault(c.id(), Map.of()))));
            } else {
                sources.list().forEach(s -> rows.add(new TableRow(s.id(), s.name(), byOwner.getOrDefault(s.id(), Map.of()))));
            }
            return new Table(ownerKind, columns, rows);
        });
    }

    private record Column(int index, String name) {
    }

    /** Where a value came from, for error messages: file, row (from 1) and column letter. */
    private record Cell(String file, int row, String column) {
    }

    private List<Column> columns(List<String> header, List<List<String>> rows, String fileName, Plan plan) {
        List<Column> columns = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int c = 1; c < header.size(); c++) {
            String h = header.get(c).strip();
            if (h.isEmpty()) {
                if (columnIsEmpty(rows, c)) {
                    continue;
                }
                throw new UserException("attribute.import.noHeader", fileName, columnLetter(c));
            }
            Matcher m = HEADER.matcher(h);
            m.matches();
            String name = m.group(1).strip();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new UserException("attribute.import.duplicateColumn", fileName, name);
            }
            AttributeType type = m.group(2) == null ? null : AttributeType.parse(m.group(2)).orElseThrow();
            List<String> choices = m.group(3) == null ? null : List.of(m.group(3).split("\\|"));
            final int col = c;
            List<String> values = rows.stream().skip(1).map(r -> cell(r, col)).toList();
            plan.declare(name, type, choices, values, new Cell(fileName, 1, columnLetter(c)));
            columns.add(new Column(c, name));
        }
        return columns;
    }

    private UUID owner(String kind, String name, List<ChangeAttributes.NewCase> newCases, String fileName, int row) {
        if (Attribute.ON_CASE.equals(kind)) {
            return findCase(name).map(Case::id).orElseGet(() -> {
                UUID id = UUID.randomUUID();
                newCases.add(new ChangeAttributes.NewCase(id, name));
                return id;
            });
        }
        try {
            return sources.resolve(name).id();
        } catch (UserException e) {
            throw new UserException(e, "attribute.import.badSource", fileName, row, e.getMessage());
        }
    }

    private Optional<Case> findCase(String ref) {
        try {
            return Optional.of(casebook.resolve(ref));
        } catch (UserException unknown) {
            return Optional.empty();
        }
    }

    private static boolean columnIsEmpty(List<List<String>> rows, int c) {
        return rows.stream().skip(1).allMatch(r -> cell(r, c).isBlank());
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index) : "";
    }

    /** The type's name in the user's language, for messages. */
    public static String typeName(AttributeType type) {
        return org.tematik.core.i18n.Messages.tr(switch (type) {
            case TEXT -> "attribute.type.text";
            case NUMBER -> "attribute.type.number";
            case DATE -> "attribute.type.date";
            case CHOICE -> "attribute.type.choice";
        });
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    /** Attribute definitions to create and values to set, checked before anything is written. */
    private final class Plan {
        private final String kind;
        private final Map<String, Attribute> attributes = new LinkedHashMap<>();
        private final Map<String, Attribute> created = new LinkedHashMap<>();
        private final List<AttributeValue> values = new ArrayList<>();

        Plan(String kind) {
            this.kind = kind;
        }

        List<Attribute> defined() {
            return List.copyOf(created.values());
        }

        /** Finds or plans an attribute; a declared type must match an existing definition. */
        Attribute declare(String name, AttributeType type, List<String> choices, List<String> sample, Cell where) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            Attribute known = attributes.get(key);
            if (known != null) {
                return known;
            }
            Optional<Attribute> existing = jdbi.withExtension(AttributeDao.class, dao -> dao.findByName(kind, name.strip()));
            Attribute a;
            if (existing.isPresent()) {
                a = existing.get();
                if (type != null && type != a.type()) {
                    throw new UserException("attribute.import.typeClash", where.file(), where.column(), a.name(), a.type().label(),
                            type.label());
                }
            } else {
                boolean language = Attribute.ON_SOURCE.equals(kind) && Attribute.LANGUAGE.equalsIgnoreCase(name.strip());
                AttributeType t = type != null ? type : language ? AttributeType.CHOICE : AttributeType.infer(sample);
                if (language && type == null) {
                    choices = Attribute.LANGUAGES;
                }
                List<String> options = t != AttributeType.CHOICE ? List.of()
                        : choices != null ? choices.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList()
                        : sample.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
                if (name.strip().length() > Attribute.MAX_NAME) {
                    throw new UserException("attribute.error.name", Attribute.MAX_NAME);
                }
                a = new Attribute(UUID.randomUUID(), kind, name.strip(), t, options);
                created.put(key, a);
            }
            attributes.put(key, a);
            return a;
        }

        void value(UUID owner, String name, String raw, Cell where) {
            Attribute a = declare(name, null, null, raw == null ? List.of() : List.of(raw), where);
            if (raw != null && a.type().canonical(raw, a.choices()).isEmpty()) {
                String choices = String.join(", ", a.choices());
                boolean choice = a.type() == AttributeType.CHOICE;
                if (where == null) {
                    throw new UserException(choice ? "attribute.error.choice" : "attribute.error.badValue", raw.strip(), a.name(),
                            typeName(a.type()), choices);
                }
                throw new UserException(choice ? "attribute.import.choice" : "attribute.import.badValue", where.file(), where.row(),
                        where.column(), a.name(), raw.strip(), typeName(a.type()), choices);
            }
            values.add(new AttributeValue(a.id(), owner, raw));
        }
    }
}
