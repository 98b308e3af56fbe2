package org.tematik.core.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.tematik.core.theme.MapLink;
import org.tematik.core.theme.Placement;
import org.tematik.core.theme.Theme;

/** Themes, their codes, the links drawn on the map and the positions the user gave its nodes. */
@RegisterConstructorMapper(Theme.class)
@RegisterConstructorMapper(MapLink.class)
@RegisterConstructorMapper(Placement.class)
@RegisterConstructorMapper(ThemeDao.Member.class)
@RegisterConstructorMapper(ThemeDao.Evidence.class)
public interface ThemeDao {
    /** One theme-code pair. */
    record Member(UUID themeId, UUID codeId) {
    }

    /** Codings of one code in one active source by one coder. */
    record Evidence(UUID codeId, UUID sourceId, UUID coderId, int segments) {
    }

    String THEME = "SELECT id, parent_id, name, definition, status FROM themes ";
    String LINK = "SELECT id, from_kind, from_id, to_kind, to_id, kind, label FROM map_links ";

    @SqlQuery(THEME + "ORDER BY LOWER(name), id")
    List<Theme> list();

    @SqlQuery(THEME + "WHERE id = :id")
    Optional<Theme> find(@Bind("id") UUID id);

    @SqlQuery(THEME + "WHERE parent_id = :id ORDER BY LOWER(name), id")
    List<Theme> children(@Bind("id") UUID id);

    @SqlUpdate("INSERT INTO themes (id, parent_id, name, definition, status, created_at, created_by) "
            + "VALUES (:id, :parentId, :name, :definition, :status, :at, :by)")
    void insert(@BindMethods Theme theme, @Bind("at") Instant at, @Bind("by") UUID by);

    @SqlUpdate("UPDATE themes SET name = :name, definition = :definition WHERE id = :id")
    void edit(@Bind("id") UUID id, @Bind("name") String name, @Bind("definition") String definition);

    @SqlUpdate("UPDATE themes SET status = :status WHERE id = :id")
    void setStatus(@Bind("id") UUID id, @Bind("status") String status);

    @SqlUpdate("UPDATE themes SET parent_id = :parent WHERE id = :id")
    void setParent(@Bind("id") UUID id, @Bind("parent") UUID parent);

    @SqlUpdate("DELETE FROM themes WHERE id = :id")
    void delete(@Bind("id") UUID id);

    @SqlQuery("SELECT theme_id, code_id FROM theme_codes")
    List<Member> members();

    /** Themes that hold one code and not another: those a merge of the first into the second must give the second. */
    @SqlQuery("SELECT t.theme_id FROM theme_codes t WHERE t.code_id = :code AND NOT EXISTS "
            + "(SELECT 1 FROM theme_codes o WHERE o.theme_id = t.theme_id AND o.code_id = :other) ORDER BY t.theme_id")
    List<UUID> themesWithout(@Bind("code") UUID codeId, @Bind("other") UUID otherCodeId);

    @SqlQuery("SELECT code_id FROM theme_codes WHERE theme_id = :id")
    List<UUID> codesOf(@Bind("id") UUID themeId);

    @SqlUpdate("INSERT INTO theme_codes (theme_id, code_id) VALUES (:theme, :code)")
    void addCode(@Bind("theme") UUID themeId, @Bind("code") UUID codeId);

    @SqlUpdate("DELETE FROM theme_codes WHERE theme_id = :theme AND code_id = :code")
    int removeCode(@Bind("theme") UUID themeId, @Bind("code") UUID codeId);

    /** Codings per code, source and coder in active sources, for the codes of any theme. */
    @SqlQuery("SELECT g.code_id, g.source_id, g.coder_id, COUNT(*) AS segments FROM codings g "
            + "JOIN (SELECT id FROM sources WHERE removed = FALSE) s ON s.id = g.source_id "
            + "WHERE g.code_id IN (<codes>) GROUP BY g.code_id, g.source_id, g.coder_id")
    List<Evidence> evidence(@BindList("codes") List<UUID> codeIds);

    @SqlQuery(LINK + "ORDER BY id")
    List<MapLink> links();

    @SqlQuery(LINK + "WHERE id = :id")
    Optional<MapLink> link(@Bind("id") UUID id);

    @SqlQuery(LINK + "WHERE (from_kind = 'theme' AND from_id = :id) OR (to_kind = 'theme' AND to_id = :id) ORDER BY id")
    List<MapLink> linksOfTheme(@Bind("id") UUID themeId);

    @SqlUpdate("INSERT INTO map_links (id, from_kind, from_id, to_kind, to_id, kind, label) "
            + "VALUES (:id, :fromKind, :fromId, :toKind, :toId, :kind, :label)")
    void insertLink(@BindMethods MapLink link);

    @SqlUpdate("DELETE FROM map_links WHERE id = :id")
    int deleteLink(@Bind("id") UUID id);

    @SqlQuery("SELECT node_kind AS kind, node_id AS id, x, y FROM map_positions")
    List<Placement> positions();

    @SqlQuery("SELECT node_kind AS kind, node_id AS id, x, y FROM map_positions WHERE node_kind = :kind AND node_id = :id")
    Optional<Placement> position(@Bind("kind") String kind, @Bind("id") UUID id);

    @SqlUpdate("DELETE FROM map_positions WHERE node_kind = :kind AND node_id = :id")
    int forget(@Bind("kind") String kind, @Bind("id") UUID id);

    @SqlUpdate("INSERT INTO map_positions (node_kind, node_id, x, y) VALUES (:kind, :id, :x, :y)")
    void place(@BindMethods Placement placement);

    /** Memos on one theme, moved to another when themes merge (and back when the merge is undone). */
    @SqlQuery("SELECT id FROM memos WHERE target_type = 'theme' AND target_id = :id")
    List<UUID> memosOn(@Bind("id") UUID themeId);

    @SqlUpdate("UPDATE memos SET target_id = :to WHERE id IN (<ids>)")
    void moveMemos(@BindList("ids") List<UUID> memoIds, @Bind("to") UUID themeId);
}
