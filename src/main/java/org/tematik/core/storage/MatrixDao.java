package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.tematik.core.matrix.MatrixRows;

/**
 * Read-only aggregate queries behind the triangulation matrix and the co-occurrence table. The row map
 * ({@code r(code_id, row_id)}: a code to itself, or to its top-level code), the join that brings in the
 * column dimension and its value expression are SQL fragments chosen by {@code core.matrix.Dimension},
 * never user text, so the whole matrix is one GROUP BY whatever the dimension.
 */
@RegisterConstructorMapper(MatrixRows.Cell.class)
@RegisterConstructorMapper(MatrixRows.Hit.class)
@RegisterConstructorMapper(MatrixRows.ParagraphStart.class)
@RegisterConstructorMapper(MatrixRows.CodeCount.class)
@RegisterConstructorMapper(MatrixRows.Span.class)
public interface MatrixDao {
    String CODES_AS_ROWS = "r(code_id, row_id) AS (SELECT id, id FROM codes)";
    /** Every code mapped to its top-level code (a theme): a recursive walk down from the roots. */
    String THEMES_AS_ROWS = "RECURSIVE r(code_id, row_id) AS (SELECT id, id FROM codes WHERE parent_id IS NULL "
            + "UNION ALL SELECT c.id, r.row_id FROM codes c JOIN r ON c.parent_id = r.code_id)";
    String FROM = " FROM codings g JOIN sources s ON s.id = g.source_id JOIN r ON r.code_id = g.code_id ";

    @SqlQuery("WITH <rows> SELECT r.row_id, <col> AS col, COUNT(*) AS segments, COUNT(DISTINCT g.source_id) AS sources"
            + FROM + "<join> WHERE s.removed = FALSE GROUP BY r.row_id, <col>")
    List<MatrixRows.Cell> cells(@Define("rows") String rows, @Define("join") String join, @Define("col") String col);

    @SqlQuery("WITH <rows> SELECT r.row_id, g.code_id, <col> AS col, g.id AS coding_id, g.source_id, g.start_cp AS start, "
            + "g.end_cp AS \"end\", cd.name AS coder" + FROM + "JOIN coders cd ON cd.id = g.coder_id <join> "
            + "WHERE s.removed = FALSE")
    List<MatrixRows.Hit> hits(@Define("rows") String rows, @Define("join") String join, @Define("col") String col);

    @SqlQuery("WITH <rows> SELECT r.row_id, g.code_id, <col> AS col, g.id AS coding_id, g.source_id, g.start_cp AS start, "
            + "g.end_cp AS \"end\", cd.name AS coder" + FROM + "JOIN coders cd ON cd.id = g.coder_id <join> "
            + "WHERE s.removed = FALSE AND r.row_id = :row")
    List<MatrixRows.Hit> hitsOfRow(@Define("rows") String rows, @Define("join") String join, @Define("col") String col,
                                   @Bind("row") UUID row);

    /** Codings and distinct sources per code (active sources only): the codebook sheet's counts. */
    @SqlQuery("SELECT g.code_id, COUNT(*) AS segments, COUNT(DISTINCT g.source_id) AS sources FROM codings g "
            + "JOIN sources s ON s.id = g.source_id WHERE s.removed = FALSE GROUP BY g.code_id")
    List<MatrixRows.CodeCount> codeCounts();

    /** Paragraph starts of every active source that has codings, for citing many quotes without a query each. */
    @SqlQuery("SELECT p.source_id, p.start_cp AS start, p.number, p.page FROM source_paragraphs p "
            + "WHERE p.source_id IN (SELECT DISTINCT g.source_id FROM codings g JOIN sources s ON s.id = g.source_id "
            + "WHERE s.removed = FALSE) ORDER BY p.source_id, p.start_cp")
    List<MatrixRows.ParagraphStart> paragraphStarts();

    /** Attribute id and owner kind ('source' or 'case') by name, source attributes first. */
    @SqlQuery("SELECT id FROM attributes WHERE LOWER(name) = LOWER(:name) ORDER BY CASE owner_kind WHEN 'source' THEN 0 ELSE 1 END")
    List<UUID> attributeIds(@Bind("name") String name);

    @SqlQuery("SELECT owner_kind FROM attributes WHERE id = :id")
    Optional<String> attributeOwner(@Bind("id") UUID id);

    @SqlQuery("SELECT name FROM attributes ORDER BY name")
    List<String> attributeNames();

    /** Codings of active sources with the paragraph they start in (for "same paragraph" co-occurrence). */
    @SqlQuery("SELECT g.id AS coding_id, g.code_id, g.source_id, g.start_cp AS start, g.end_cp AS \"end\" FROM codings g "
            + "JOIN sources s ON s.id = g.source_id WHERE s.removed = FALSE ORDER BY g.source_id, g.start_cp, g.end_cp")
    List<MatrixRows.Span> spans();
}
