package org.tematik.core.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.casebook.AttributeType;
import org.tematik.core.casebook.AttributeValue;
import org.tematik.core.util.Json;

/**
 * Attribute definitions and values. Every value keeps its canonical text in value_text; numbers and
 * dates are also stored typed, so a query can sort or compare them.
 */
@RegisterRowMapper(AttributeDao.AttributeMapper.class)
@RegisterConstructorMapper(AttributeValue.class)
public interface AttributeDao {

    @SqlQuery("SELECT id, owner_kind, name, value_type, choices FROM attributes ORDER BY owner_kind, name")
    List<Attribute> list();

    @SqlQuery("SELECT id, owner_kind, name, value_type, choices FROM attributes WHERE id = :id")
    Optional<Attribute> find(@Bind("id") UUID id);

    @SqlQuery("SELECT id, owner_kind, name, value_type, choices FROM attributes "
            + "WHERE owner_kind = :kind AND LOWER(name) = LOWER(:name)")
    Optional<Attribute> findByName(@Bind("kind") String ownerKind, @Bind("name") String name);

    @SqlUpdate("INSERT INTO attributes (id, owner_kind, name, value_type, choices) VALUES (:id, :kind, :name, :type, :choices)")
    void insertRaw(@Bind("id") UUID id, @Bind("kind") String kind, @Bind("name") String name, @Bind("type") String type,
                   @Bind("choices") String choices);

    default void insert(Attribute a) {
        insertRaw(a.id(), a.ownerKind(), a.name(), a.type().label(), a.choices().isEmpty() ? null : Json.write(a.choices()));
    }

    @SqlUpdate("DELETE FROM attributes WHERE id = :id")
    int delete(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) FROM attribute_values WHERE attribute_id = :id")
    int countValues(@Bind("id") UUID attributeId);

    @SqlQuery("SELECT attribute_id, owner_id, value_text AS \"value\" FROM attribute_values "
            + "WHERE attribute_id = :id AND owner_id = :owner")
    Optional<AttributeValue> value(@Bind("id") UUID attributeId, @Bind("owner") UUID ownerId);

    @SqlQuery("SELECT v.attribute_id, v.owner_id, v.value_text AS \"value\" FROM attribute_values v "
            + "JOIN attributes a ON a.id = v.attribute_id WHERE a.owner_kind = :kind")
    List<AttributeValue> values(@Bind("kind") String ownerKind);

    @SqlUpdate("DELETE FROM attribute_values WHERE attribute_id = :id AND owner_id = :owner")
    int clear(@Bind("id") UUID attributeId, @Bind("owner") UUID ownerId);

    @SqlUpdate("INSERT INTO attribute_values (attribute_id, owner_id, value_text, value_number, value_date) "
            + "VALUES (:id, :owner, :text, :number, :date)")
    void insertValue(@Bind("id") UUID attributeId, @Bind("owner") UUID ownerId, @Bind("text") String text,
                     @Bind("number") BigDecimal number, @Bind("date") LocalDate date);

    /** Replaces the value; {@code canonical} must already fit the attribute's type. */
    default void put(Attribute a, UUID ownerId, String canonical) {
        clear(a.id(), ownerId);
        if (canonical != null) {
            insertValue(a.id(), ownerId, canonical, a.type() == AttributeType.NUMBER ? new BigDecimal(canonical) : null,
                    a.type() == AttributeType.DATE ? LocalDate.parse(canonical) : null);
        }
    }

    final class AttributeMapper implements RowMapper<Attribute> {
        @Override
        public Attribute map(ResultSet rs, StatementContext ctx) throws SQLException {
            String choices = rs.getString("choices");
            List<String> list = choices == null ? List.of()
                    : List.of(Json.read(choices, String[].class));
            return new Attribute(rs.getObject("id", UUID.class), rs.getString("owner_kind"), rs.getString("name"),
                    AttributeType.parse(rs.getString("value_type")).orElseThrow(), list);
        }
    }
}
