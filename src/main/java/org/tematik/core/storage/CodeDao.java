package org.tematik.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.codebook.Code;

@RegisterConstructorMapper(Code.class)
public interface CodeDao {
    String SELECT = "SELECT k.id, k.parent_id, k.name, k.definition, k.inclusion, k.exclusion, k.example, k.color, "
            + "k.sort_order, k.created_at, c.name AS created_by FROM codes k JOIN coders c ON c.id = k.created_by ";

    @SqlQuery(SELECT + "ORDER BY k.sort_order, k.name")
    List<Code> listAll();

    @SqlQuery(SELECT + "WHERE k.id = :id")
    Optional<Code> find(@Bind("id") UUID id);

    @SqlQuery("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM codes")
    int nextSortOrder();

    @SqlUpdate("INSERT INTO codes (id, parent_id, name, definition, inclusion, exclusion, example, color, sort_order, "
            + "created_at, created_by) VALUES (:id, :parentId, :name, :definition, :inclusion, :exclusion, :example, "
            + ":color, :sortOrder, :createdAt, :coderId)")
    void insert(@BindMethods Code code, @Bind("coderId") UUID coderId);

    @SqlUpdate("UPDATE codes SET name = :name WHERE id = :id")
    int rename(@Bind("id") UUID id, @Bind("name") String name);

    @SqlUpdate("UPDATE codes SET parent_id = :parentId WHERE id IN (<ids>)")
    int reparent(@BindList("ids") List<UUID> ids, @Bind("parentId") UUID parentId);

    @SqlUpdate("UPDATE codes SET definition = :definition, inclusion = :inclusion, exclusion = :exclusion, "
            + "example = :example, color = :color WHERE id = :id")
    int updateDetails(@Bind("id") UUID id, @Bind("definition") String definition, @Bind("inclusion") String inclusion,
                      @Bind("exclusion") String exclusion, @Bind("example") String example, @Bind("color") String color);

    @SqlUpdate("UPDATE codes SET parent_id = :parentId, sort_order = :sortOrder WHERE id = :id")
    int move(@Bind("id") UUID id, @Bind("parentId") UUID parentId, @Bind("sortOrder") int sortOrder);

    @SqlUpdate("DELETE FROM codes WHERE id = :id")
    int delete(@Bind("id") UUID id);
}
