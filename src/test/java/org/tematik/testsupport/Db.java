package org.tematik.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on a project's H2 file, behind the application's back: to read the exact stored state
 * and to tamper with it. Connections are closed after each call, so a closed project stays closed.
 */
public final class Db {
    private Db() {
    }

    public static String url(Path projectDir) {
        return "jdbc:h2:file:" + projectDir.toAbsolutePath().resolve("project") + ";IFEXISTS=TRUE";
    }

    public static Connection connect(Path projectDir) throws SQLException {
        return DriverManager.getConnection(url(projectDir), "sa", "");
    }

    public static int update(Path projectDir, String sql, Object... params) {
        try (Connection c = connect(projectDir); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<Map<String, Object>> query(Path projectDir, String sql, Object... params) {
        try (Connection c = connect(projectDir); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(Path projectDir, String table) {
        return ((Number) query(projectDir, "SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    public static Object scalar(Path projectDir, String sql, Object... params) {
        List<Map<String, Object>> rows = query(projectDir, sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /**
     * Every row of the tables a change or its undo touches, in a stable order: two dumps are equal
     * exactly when the project's content is the same (ids, names, coders, times, memos, flags).
     */
    public static Map<String, List<Map<String, Object>>> dump(Path projectDir) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("codes", query(projectDir, "SELECT * FROM codes ORDER BY id"));
        out.put("codings", query(projectDir, "SELECT * FROM codings ORDER BY id"));
        out.put("memos", query(projectDir, "SELECT * FROM memos ORDER BY id"));
        out.put("sources", query(projectDir, "SELECT id, name, sha256, char_count, source_type, method, original_file, "
                + "imported_at, imported_by, removed FROM sources ORDER BY id"));
        return out;
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }
}
