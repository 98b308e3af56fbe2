package org.tematik.core.storage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;

/**
 * Whole-project reads and batched writes for REFI-QDA export, import and merge: one statement per table
 * rather than one per row, so ten thousand codings go in within a second.
 */
public interface ExchangeDao {
    record CoderRow(UUID id, String name) {
    }

    record AttributeRow(UUID id, String ownerKind, String name, String valueType) {
    }

    record ValueRow(UUID attributeId, UUID ownerId, String valueText, BigDecimal valueNumber, LocalDate valueDate) {
    }

    record CaseSourceRow(UUID caseId, UUID sourceId) {
    }

    @SqlQuery("SELECT id, name FROM coders ORDER BY name")
    @RegisterConstructorMapper(CoderRow.class)
    List<CoderRow> coders();

    @SqlQuery(CodingDao.SELECT + "JOIN sources s ON s.id = g.source_id WHERE s.removed = FALSE "
            + "ORDER BY g.source_id, g.start_cp, g.end_cp, g.id")
    @RegisterConstructorMapper(Coding.class)
    List<Coding> activeCodings();

    @SqlQuery(MemoDao.SELECT + "ORDER BY m.created_at, m.id")
    @RegisterConstructorMapper(Memo.class)
    List<Memo> memos();

    @SqlQuery("SELECT id, owner_kind, name, value_type FROM attributes ORDER BY owner_kind, name")
    @RegisterConstructorMapper(AttributeRow.class)
    List<AttributeRow> attributes();

    @SqlQuery("SELECT attribute_id, owner_id, value_text, value_number, value_date FROM attribute_values")
    @RegisterConstructorMapper(ValueRow.class)
    List<ValueRow> attributeValues();

    @SqlQuery("SELECT case_id, source_id FROM case_sources")
    @RegisterConstructorMapper(CaseSourceRow.class)
    List<CaseSourceRow> caseSources();

    /** The stored before-state of every code deletion (it lists the deleted code ids, sub-codes included). */
    @SqlQuery("SELECT data FROM audit_events WHERE action = 'code.delete' ORDER BY seq")
    List<String> codeDeletions();

    @SqlBatch("INSERT INTO codings (id, source_id, code_id, start_cp, end_cp, coder_id, created_at) "
            + "VALUES (:id, :sourceId, :codeId, :start, :end, :coderId, :createdAt)")
    void insertCodings(@BindMethods List<Coding> codings, @Bind("coderId") List<UUID> coderIds);

    @SqlBatch("INSERT INTO memos (id, target_type, target_id, title, body, coder_id, created_at, updated_at) "
            + "VALUES (:id, :targetType, :targetId, :title, :body, :coderId, :createdAt, :updatedAt)")
    void insertMemos(@BindMethods List<Memo> memos, @Bind("coderId") List<UUID> coderIds);

    @SqlBatch("INSERT INTO attributes (id, owner_kind, name, value_type) VALUES (:id, :ownerKind, :name, :valueType)")
    void insertAttributes(@BindMethods List<AttributeRow> rows);

    @SqlBatch("INSERT INTO attribute_values (attribute_id, owner_id, value_text, value_number, value_date) "
            + "VALUES (:attributeId, :ownerId, :valueText, :valueNumber, :valueDate)")
    void insertValues(@BindMethods List<ValueRow> rows);

    @SqlBatch("INSERT INTO case_sources (case_id, source_id) VALUES (:caseId, :sourceId)")
    void insertCaseSources(@BindMethods List<CaseSourceRow> rows);

    @SqlUpdate("DELETE FROM codings WHERE id IN (<ids>)")
    int deleteCodings(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM memos WHERE id IN (<ids>)")
    int deleteMemos(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM attribute_values WHERE attribute_id = :attributeId AND owner_id = :ownerId")
    int deleteValue(@Bind("attributeId") UUID attributeId, @Bind("ownerId") UUID ownerId);

    @SqlUpdate("DELETE FROM attributes WHERE id IN (<ids>)")
    int deleteAttributes(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM case_sources WHERE case_id = :caseId AND source_id = :sourceId")
    int deleteCaseSource(@Bind("caseId") UUID caseId, @Bind("sourceId") UUID sourceId);

    @SqlUpdate("DELETE FROM cases WHERE id IN (<ids>)")
    int deleteCases(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM source_paragraph_maps WHERE source_id IN (<ids>)")
    int deleteParagraphs(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM sources WHERE id IN (<ids>)")
    int deleteSources(@BindList("ids") List<UUID> ids);

    @SqlUpdate("DELETE FROM codes WHERE id = :id")
    int deleteCode(@Bind("id") UUID id);

    /** Codings that point at these sources or codes (after a batch's own codings are gone: later work on them). */
    @SqlQuery("SELECT COUNT(*) FROM codings WHERE source_id IN (<sources>) OR code_id IN (<codes>)")
    int countCodingsOn(@BindList("sources") List<UUID> sources, @BindList("codes") List<UUID> codes);
}
