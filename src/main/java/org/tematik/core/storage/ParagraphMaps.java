package org.tematik.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.source.SourceStructure.Paragraph;

/**
 * A source's paragraphs as stored in {@code source_paragraph_maps}: one line per paragraph,
 * {@code number,start,end,page,kind}, in number order. Kinds are short words of the importers
 * ("paragraph", "heading", …), so neither separator can occur in a field.
 */
public final class ParagraphMaps {
    private static final Logger LOG = LoggerFactory.getLogger(ParagraphMaps.class);

    private ParagraphMaps() {
    }

    public static String encode(List<Paragraph> paragraphs) {
        StringBuilder b = new StringBuilder(paragraphs.size() * 24);
        for (Paragraph p : paragraphs) {
            if (p.kind().indexOf(',') >= 0 || p.kind().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("paragraph kind with a separator: " + p.kind());
            }
            b.append(p.number()).append(',').append(p.start()).append(',').append(p.end()).append(',')
                    .append(p.page()).append(',').append(p.kind()).append('\n');
        }
        return b.toString();
    }

    public static List<Paragraph> decode(String map) {
        List<Paragraph> out = new ArrayList<>();
        int[] field = new int[4];
        int i = 0;
        int n = map.length();
        while (i < n) {
            for (int f = 0; f < 4; f++) {
                int value = 0;
                boolean negative = map.charAt(i) == '-';
                if (negative) {
                    i++;
                }
                char c;
                while ((c = map.charAt(i++)) != ',') {
                    value = value * 10 + (c - '0');
                }
                field[f] = negative ? -value : value;
            }
            int end = map.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            out.add(new Paragraph(field[0], field[1], field[2], field[3], map.substring(i, end).intern()));
            i = end + 1;
        }
        return out;
    }

    /**
     * Moves paragraphs that versions before schema 15 kept as rows of {@code source_paragraphs} into
     * maps, one source per transaction. Costs one small query once there are none left. A source that
     * fails to move (on a team project another client may be moving it) keeps its rows until the next open.
     */
    static void moveRows(DataSource db) throws SQLException {
        List<UUID> sources = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT DISTINCT source_id FROM source_paragraphs");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sources.add(rs.getObject(1, UUID.class));
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        LOG.info("moving the paragraphs of {} sources to paragraph maps", sources.size());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (UUID id : sources) {
                    try {
                        move(c, id);
                        c.commit();
                    } catch (SQLException e) { // another client of a team project moved it at the same moment
                        c.rollback();
                        LOG.warn("the paragraphs of source {} were not moved to a paragraph map (next open retries)", id, e);
                    }
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void move(Connection c, UUID id) throws SQLException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT number, start_cp, end_cp, page, kind FROM source_paragraphs WHERE source_id = ? ORDER BY number")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    paragraphs.add(new Paragraph(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
        }
        boolean mapped;
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM source_paragraph_maps WHERE source_id = ?")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                mapped = rs.next();
            }
        }
        if (!mapped) { // a map already there was written after the rows, by this version: it wins
            try (PreparedStatement st = c.prepareStatement("INSERT INTO source_paragraph_maps (source_id, paragraphs) VALUES (?, ?)")) {
                st.setObject(1, id);
                st.setString(2, encode(paragraphs));
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM source_paragraphs WHERE source_id = ?")) {
            st.setObject(1, id);
            st.executeUpdate();
        }
    }
}
