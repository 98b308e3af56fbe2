package org.tematik.core.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every table of one migrated project database into another (H2 to PostgreSQL for push, back
 * for pull), row for row and value for value, so the audit trail arrives verbatim and still verifies.
 * The tables are found in the schema, not listed here: tables added by later migrations travel too.
 * Both databases must be at the same schema version (both are migrated by this build before copying).
 */
public final class TableCopy {
    /** Flyway's own bookkeeping: each side keeps its own. */
    private static final String FLYWAY_TABLE = "flyway_schema_history";
    /** Rows the migrations seed (the genesis chain head): replaced by the copied ones. */
    private static final Set<String> SEEDED = Set.of("audit_head");
    private static final int BATCH = 500;

    private TableCopy() {
    }

    /** Copies all rows; returns rows per table, in copy order. The target's tables must be empty. */
    public static Map<String, Integer> copy(Connection from, Connection to) throws SQLException {
        List<String> order = dependencyOrder(from);
        Map<String, Integer> copied = new LinkedHashMap<>();
        for (String table : order) {
            if (SEEDED.contains(table)) {
                try (Statement st = to.createStatement()) {
                    st.executeUpdate("DELETE FROM " + table);
                }
            }
            copied.put(table, copyTable(from, to, table));
        }
        return copied;
    }

    /** The user tables of the current schema, each after the tables its foreign keys point to. */
    static List<String> dependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> parents = new HashMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_TABLE)) {
                    parents.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (String table : parents.keySet()) {
            for (String fk : foreignKeys(md, schema, table)) {
                String parent = fk.split(":")[0];
                if (!parent.equals(table) && parents.containsKey(parent)) {
                    parents.get(table).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(parents.keySet());
        names.sort(null);
        while (done.size() < names.size()) {
            boolean progress = false;
            for (String t : names) {
                if (!done.contains(t) && done.containsAll(parents.get(t))) {
                    done.add(t);
                    order.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new SQLException("circular foreign keys between tables " + parents);
            }
        }
        return order;
    }

    /** "parentTable:fkColumn:parentColumn" for each foreign key column of {@code table}. */
    private static List<String> foreignKeys(DatabaseMetaData md, String schema, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    out.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + ":"
                            + rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + ":"
                            + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static int copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 1; i <= row.length; i++) {
                    row[i - 1] = isZonedTime(md, i) ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
                }
                rows.add(row);
            }
        }
        rows = parentsFirst(from, table, columns, rows);
        int[] nullTypes = targetTypes(to, table, columns);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ins = to.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ins.setNull(i + 1, nullTypes[i]);
                    } else {
                        ins.setObject(i + 1, row[i]);
                    }
                }
                ins.addBatch();
                if (++pending == BATCH) {
                    ins.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ins.executeBatch();
            }
        }
        return rows.size();
    }

    private static boolean isZonedTime(ResultSetMetaData md, int column) throws SQLException {
        String type = md.getColumnTypeName(column).toUpperCase(Locale.ROOT);
        return md.getColumnType(column) == Types.TIMESTAMP_WITH_TIMEZONE || type.equals("TIMESTAMPTZ")
                || type.contains("WITH TIME ZONE");
    }

    /** The target's JDBC types, for typed NULLs (PostgreSQL will not put a VARCHAR NULL into a UUID column). */
    private static int[] targetTypes(Connection to, String table, List<String> columns) throws SQLException {
        int[] types = new int[columns.size()];
        try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                int at = columns.indexOf(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    types[at] = md.getColumnType(i);
                }
            }
        }
        return types;
    }

    /** Rows of a table that refers to itself (codes.parent_id), ordered so a parent is inserted before its children. */
    private static List<Object[]> parentsFirst(Connection c, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        for (String fk : foreignKeys(c.getMetaData(), c.getSchema(), table)) {
            String[] parts = fk.split(":");
            if (!parts[0].equals(table)) {
                continue;
            }
            int child = columns.indexOf(parts[1]);
            int key = columns.indexOf(parts[2]);
            List<Object[]> ordered = new ArrayList<>(rows.size());
            Set<Object> placed = new java.util.HashSet<>();
            List<Object[]> left = rows;
            while (!left.isEmpty()) {
                List<Object[]> next = new ArrayList<>();
                for (Object[] r : left) {
                    if (r[child] == null || placed.contains(r[child])) {
                        ordered.add(r);
                        placed.add(r[key]);
                    } else {
                        next.add(r);
                    }
                }
                if (next.size() == left.size()) {
                    throw new SQLException("rows of " + table + " refer to parents that do not exist");
                }
                left = next;
            }
            rows = ordered;
        }
        return rows;
    }
}
