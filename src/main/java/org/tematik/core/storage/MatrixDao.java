package org.tematik.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.tematik.core.matrix.MatrixRows;
import org.tematik.core.source.SourceStructure;

/**
 * Read-only queries behind the triangulation matrix and the co-occurrence table. The matrix is one
 * GROUP BY over the codings (per code and source, or per code, source and coder) plus one small query
 * for the column value(s) of each source; the service crosses them in memory. Measured on 100,000
 * codings, this beat grouping by the column in SQL, where joins to a recursive CTE and COUNT(DISTINCT)
 * cost several times more (ADR 13).
 */
@RegisterConstructorMapper(MatrixRows.Cell.class)
@RegisterConstructorMapper(MatrixRows.Group.class)
@RegisterConstructorMapper(MatrixRows.SourceValue.class)
@RegisterConstructorMapper(MatrixRows.Hit.class)
@RegisterConstructorMapper(MatrixRows.ParagraphStart.class)
@RegisterConstructorMapper(MatrixRows.CodeCount.class)
@RegisterConstructorMapper(MatrixRows.Span.class)
@RegisterConstructorMapper(MatrixRows.CodeRow.class)
public interface MatrixDao {
    /** Active sources only; a derived table, which H2 joins faster than the wide sources table itself. */
    String ACTIVE = "(SELECT id FROM sources WHERE removed = FALSE) s";

    // Coded segments per code and column value: the matrix's one aggregate query. Each joins a small derived
    // table of (source id, value) rows; a source in several cases has several rows, so it counts in each.
    String CELLS = "SELECT g.code_id, v.val AS col, COUNT(*) AS segments FROM codings g JOIN ";
    String BY_VALUE = " v ON v.id = g.source_id GROUP BY g.code_id, v.val";

    @SqlQuery(CELLS + "(SELECT id, source_type AS val FROM sources WHERE removed = FALSE)" + BY_VALUE)
    List<MatrixRows.Cell> cellsBySourceType();

    @SqlQuery(CELLS + "(SELECT id, method AS val FROM sources WHERE removed = FALSE)" + BY_VALUE)
    List<MatrixRows.Cell> cellsByMethod();

    /**
     * Every source, removed ones too: joining the sources table here costs ten times the grouping itself, so
     * the caller drops removed sources (it knows the active ones). Grouped along index codings_code_source.
     */
    @SqlQuery("SELECT code_id, CAST(source_id AS VARCHAR(36)) AS col, COUNT(*) AS segments FROM codings "
            + "GROUP BY code_id, source_id")
    List<MatrixRows.Cell> cellsBySourceIncludingRemoved();

    @SqlQuery("SELECT g.code_id, d.name AS col, COUNT(*) AS segments FROM codings g JOIN " + ACTIVE + " ON s.id = g.source_id "
            + "JOIN (SELECT id, name FROM coders) d ON d.id = g.coder_id GROUP BY g.code_id, d.name")
    List<MatrixRows.Cell> cellsByCoder();

    @SqlQuery(CELLS + "(SELECT s.id, k.name AS val FROM sources s LEFT JOIN case_sources cs ON cs.source_id = s.id "
            + "LEFT JOIN cases k ON k.id = cs.case_id WHERE s.removed = FALSE)" + BY_VALUE)
    List<MatrixRows.Cell> cellsByCase();

    @SqlQuery(CELLS + "(SELECT s.id, " + "COALESCE(av.value_text, CAST(av.value_number AS VARCHAR(60)), "
            + "CAST(av.value_date AS VARCHAR(20)))" + " AS val FROM sources s LEFT JOIN attribute_values av "
            + "ON av.owner_id = s.id AND av.attribute_id = :attr WHERE s.removed = FALSE)" + BY_VALUE)
    List<MatrixRows.Cell> cellsBySourceAttribute(@Bind("attr") UUID attributeId);

    /** A source's value through any of its cases; "none" only when no case of it has one. */
    @SqlQuery(CELLS + "(SELECT DISTINCT s.id, " + "COALESCE(av.value_text, CAST(av.value_number AS VARCHAR(60)), "
            + "CAST(av.value_date AS VARCHAR(20)))" + " AS val FROM sources s "
            + "LEFT JOIN case_sources cs ON cs.source_id = s.id "
            + "LEFT JOIN attribute_values av ON av.owner_id = cs.case_id AND av.attribute_id = :attr WHERE s.removed = FALSE "
            + "AND (av.attribute_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM case_sources cs2 JOIN attribute_values av2 "
            + "ON av2.owner_id = cs2.case_id AND av2.attribute_id = :attr WHERE cs2.source_id = s.id)))" + BY_VALUE)
    List<MatrixRows.Cell> cellsByCaseAttribute(@Bind("attr") UUID attributeId);

    @SqlQuery("SELECT g.code_id, g.source_id, NULL AS coder, COUNT(*) AS segments FROM codings g JOIN " + ACTIVE
            + " ON s.id = g.source_id GROUP BY g.code_id, g.source_id")
    List<MatrixRows.Group> bySource();

    @SqlQuery("SELECT g.code_id, g.source_id, cd.name AS coder, COUNT(*) AS segments FROM codings g JOIN " + ACTIVE
            + " ON s.id = g.source_id JOIN coders cd ON cd.id = g.coder_id GROUP BY g.code_id, g.source_id, cd.name")
    List<MatrixRows.Group> bySourceAndCoder();

    @SqlQuery("SELECT id AS source_id, source_type AS val FROM sources WHERE removed = FALSE")
    List<MatrixRows.SourceValue> sourceTypes();

    @SqlQuery("SELECT id AS source_id, method AS val FROM sources WHERE removed = FALSE")
    List<MatrixRows.SourceValue> methods();

    @SqlQuery("SELECT id AS source_id, name AS val FROM sources WHERE removed = FALSE")
    List<MatrixRows.SourceValue> sourceNames();

    /** A source in several cases gives one row per case; one in none gives a NULL. */
    @SqlQuery("SELECT s.id AS source_id, k.name AS val FROM sources s LEFT JOIN case_sources cs ON cs.source_id = s.id "
            + "LEFT JOIN cases k ON k.id = cs.case_id WHERE s.removed = FALSE")
    List<MatrixRows.SourceValue> cases();

    /** An attribute value as text, whichever typed column holds it. */
    String VALUE = "COALESCE(av.value_text, CAST(av.value_number AS VARCHAR(60)), CAST(av.value_date AS VARCHAR(20)))";

    @SqlQuery("SELECT s.id AS source_id, " + VALUE + " AS val FROM sources s LEFT JOIN attribute_values av "
            + "ON av.owner_id = s.id AND av.attribute_id = :attr WHERE s.removed = FALSE")
    List<MatrixRows.SourceValue> sourceAttribute(@Bind("attr") UUID attributeId);

    /** A case attribute reaches a source through each case it belongs to. */
    @SqlQuery("SELECT DISTINCT s.id AS source_id, " + VALUE + " AS val FROM sources s "
            + "LEFT JOIN case_sources cs ON cs.source_id = s.id "
            + "LEFT JOIN attribute_values av ON av.owner_id = cs.case_id AND av.attribute_id = :attr WHERE s.removed = FALSE")
    List<MatrixRows.SourceValue> caseAttribute(@Bind("attr") UUID attributeId);

    String HIT = "SELECT g.id AS coding_id, g.code_id, g.source_id, g.start_cp AS start, g.end_cp AS \"end\", cd.name AS coder "
            + "FROM codings g JOIN " + ACTIVE + " ON s.id = g.source_id JOIN coders cd ON cd.id = g.coder_id ";

    @SqlQuery(HIT)
    List<MatrixRows.Hit> hits();

    @SqlQuery(HIT + "WHERE g.code_id IN (<codeIds>)")
    List<MatrixRows.Hit> hitsOf(@BindList("codeIds") List<UUID> codeIds);

    /** Codings and distinct sources per code (active sources only): the codebook sheet's counts. */
    @SqlQuery("SELECT g.code_id, COUNT(*) AS segments, COUNT(DISTINCT g.source_id) AS sources FROM codings g JOIN " + ACTIVE
            + " ON s.id = g.source_id GROUP BY g.code_id")
    List<MatrixRows.CodeCount> codeCounts();

    /** Active sources that have codings: the ones the whole matrix's evidence quotes and cites. */
    String CODED_SOURCES = "SELECT DISTINCT g.source_id FROM codings g JOIN " + ACTIVE + " ON s.id = g.source_id";

    /**
     * Paragraph starts of every active source, for citing many quotes without a query each; by source, in text
     * order. Not only the coded sources: finding those is a scan of all codings, which took longer than reading
     * the few extra maps.
     */
    default List<MatrixRows.ParagraphStart> paragraphStarts() {
        List<MatrixRows.ParagraphStart> out = new ArrayList<>();
        for (ParagraphMap m : activeParagraphMaps()) {
            ParagraphMaps.decode(m.paragraphs()).stream()
                    .sorted(Comparator.comparingInt(SourceStructure.Paragraph::start))
                    .forEach(p -> out.add(new MatrixRows.ParagraphStart(m.sourceId(), p.start(), p.number(), p.page())));
        }
        return out;
    }

    /** A source's paragraphs as stored (see {@link ParagraphMaps}). */
    record ParagraphMap(UUID sourceId, String paragraphs) {
    }

    @SqlQuery("SELECT m.source_id, m.paragraphs FROM source_paragraph_maps m "
            + "WHERE m.source_id IN (SELECT id FROM sources WHERE removed = FALSE) ORDER BY m.source_id")
    @RegisterConstructorMapper(ParagraphMap.class)
    List<ParagraphMap> activeParagraphMaps();

    /** The texts the whole matrix's quotes come from. */
    @SqlQuery(CODED_SOURCES)
    List<UUID> codedSources();

    /** Attribute ids by name (ignoring case), source attributes first. */
    @SqlQuery("SELECT id FROM attributes WHERE LOWER(name) = LOWER(:name) ORDER BY CASE owner_kind WHEN 'source' THEN 0 ELSE 1 END")
    List<UUID> attributeIds(@Bind("name") String name);

    @SqlQuery("SELECT owner_kind FROM attributes WHERE id = :id")
    Optional<String> attributeOwner(@Bind("id") UUID id);

    @SqlQuery("SELECT DISTINCT name FROM attributes ORDER BY name")
    List<String> attributeNames();

    /** The codebook without counts (CodebookService.tree() also counts codings, which the matrix does itself). */
    @SqlQuery("SELECT id, parent_id, name, definition, color, sort_order FROM codes")
    List<MatrixRows.CodeRow> codes();

    /** Coded spans of active sources in text order, for co-occurrence. */
    @SqlQuery("SELECT g.id AS coding_id, g.code_id, g.source_id, g.start_cp AS start, g.end_cp AS \"end\" FROM codings g JOIN "
            + ACTIVE + " ON s.id = g.source_id ORDER BY g.source_id, g.start_cp, g.end_cp")
    List<MatrixRows.Span> spans();
}
