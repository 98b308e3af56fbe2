package org.tematik.core.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.storage.RoleDao;
import org.tematik.core.util.UserException;

/**
 * The roles of a team project, enforced by PostgreSQL itself rather than by the client: an owner may
 * do everything and grant roles; a coder changes the project; a reviewer reads, and may only add
 * review comments, agreements and sign-offs (the table privileges refuse codings; row-level security
 * on audit_events refuses any event but a review.* one). Each project database gets its own three
 * roles, named after it, since PostgreSQL roles belong to the whole server.
 */
public final class ServerRoles {
    /** A project role. */
    public enum Role {
        OWNER, CODER, REVIEWER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String text) {
            for (Role r : values()) {
                if (r.id().equalsIgnoreCase(text.strip())) {
                    return r;
                }
            }
            throw new UserException("server.roles.unknown", text);
        }
    }

    private final Jdbi jdbi;
    private final ServerAddress address;

    public ServerRoles(Jdbi jdbi, ServerAddress address) {
        this.jdbi = jdbi;
        this.address = address;
    }

    /** The database role of a project role on this project, e.g. tematik_lab_coder. */
    public String roleName(Role role) {
        return identifier("tematik_" + address.database() + "_" + role.id());
    }

    /**
     * Creates the roles and their privileges (again: tables added by a later migration get them too).
     * Needs a login that may create roles and owns the project's tables: the one that pushed the project.
     */
    public void setUp() {
        jdbi.useTransaction(h -> {
            RoleDao dao = h.attach(RoleDao.class);
            for (Role r : Role.values()) {
                if (dao.exists(roleName(r)) == 0) {
                    dao.create(roleName(r));
                }
            }
            dao.grantAll(roleName(Role.OWNER));
            for (Role r : Role.values()) {
                dao.grantRead(roleName(r));
            }
            dao.grantWrite(roleName(Role.CODER));
            dao.keepMigrationsToOwner(roleName(Role.CODER));
            dao.grantReview(roleName(Role.REVIEWER));
            dao.grantChainHead(roleName(Role.REVIEWER));
            dao.secureAuditEvents();
            String prefix = "tematik_";
            if (dao.policyExists(prefix + "read") == 0) {
                dao.everyoneReads(prefix + "read");
                dao.writersAppend(prefix + "append", roleName(Role.OWNER) + ", " + roleName(Role.CODER));
                dao.reviewersAppendReviews(prefix + "review", roleName(Role.REVIEWER));
            }
        });
    }

    /**
     * After a migration added tables: the project's roles (if it has any yet) get their privileges on them. Only
     * the login that may migrate (an owner) gets here; if it may not grant, the owner's next {@code roles grant} does.
     */
    public void grantOnNewTables() {
        if (jdbi.withExtension(RoleDao.class, dao -> dao.exists(roleName(Role.OWNER))) == 0) {
            return;
        }
        try {
            setUp();
        } catch (org.jdbi.v3.core.JdbiException e) {
            org.slf4j.LoggerFactory.getLogger(ServerRoles.class).warn(
                    "could not give the project's roles their privileges on the tables the upgrade added", e);
        }
    }

    /** Gives a server login a role on this project (the login itself is made by the server's administrator). */
    public void grant(String login, Role role) {
        String member = identifier(login);
        setUp();
        jdbi.useTransaction(h -> {
            RoleDao dao = h.attach(RoleDao.class);
            if (dao.exists(member) == 0) {
                throw new UserException("server.roles.noLogin", login);
            }
            for (Role r : Role.values()) {
                if (r != role && membersOf().getOrDefault(member, Map.of()).containsKey(r)) {
                    dao.revokeMember(roleName(r), member); // one role per person keeps "who may do what" plain
                }
            }
            if (role == Role.OWNER) {
                dao.grantAdmin(roleName(Role.OWNER), member);
                dao.grantAdmin(roleName(Role.CODER), member);
                dao.grantAdmin(roleName(Role.REVIEWER), member);
            }
            dao.grantMember(roleName(role), member);
        });
    }

    /** Login name and its project role, for every member. */
    public Map<String, Role> members() {
        Map<String, Role> out = new LinkedHashMap<>();
        membersOf().forEach((login, roles) -> out.put(login, roles.keySet().iterator().next()));
        return out;
    }

    private Map<String, Map<Role, Boolean>> membersOf() {
        Map<String, Role> byName = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            byName.put(roleName(r), r);
        }
        String quoted = String.join(", ", byName.keySet().stream().map(n -> "'" + n + "'").toList());
        Map<String, Map<Role, Boolean>> out = new LinkedHashMap<>();
        for (String pair : jdbi.withExtension(RoleDao.class, dao -> dao.members(quoted))) {
            String[] parts = pair.split(" ");
            out.computeIfAbsent(parts[0], k -> new java.util.TreeMap<>()).put(byName.get(parts[1]), true);
        }
        return out;
    }

    /** A name PostgreSQL takes unquoted: lower-case letters, digits and underscores, so nothing can be injected. */
    private static String identifier(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new UserException("server.roles.badName", name);
        }
        return n;
    }
}
