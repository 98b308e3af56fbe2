package org.tematik.core.storage;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * PostgreSQL only: the project roles as database roles, their privileges, and the row-level security
 * that lets a reviewer append review events but no other. Role names are passed as checked identifiers
 * (see ServerRoles), since SQL cannot bind them as parameters.
 */
public interface RoleDao {
    @SqlQuery("SELECT COUNT(*) FROM pg_roles WHERE rolname = :name")
    int exists(@Bind("name") String role);

    @SqlUpdate("CREATE ROLE <role> NOLOGIN")
    void create(@Define("role") String role);

    @SqlUpdate("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO <role>")
    void grantAll(@Define("role") String role);

    @SqlUpdate("GRANT SELECT ON ALL TABLES IN SCHEMA public TO <role>")
    void grantRead(@Define("role") String role);

    @SqlUpdate("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO <role>")
    void grantWrite(@Define("role") String role);

    /** Reviews and sign-offs are audited changes: the review row, the coder row, the event and the chain head. */
    @SqlUpdate("GRANT INSERT ON reviews, coders, audit_events TO <role>")
    void grantReview(@Define("role") String role);

    @SqlUpdate("GRANT UPDATE ON audit_head TO <role>")
    void grantChainHead(@Define("role") String role);

    @SqlUpdate("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM <role>")
    void keepMigrationsToOwner(@Define("role") String role);

    @SqlUpdate("GRANT <role> TO <member> WITH ADMIN OPTION")
    void grantAdmin(@Define("role") String role, @Define("member") String member);

    @SqlUpdate("GRANT <role> TO <member>")
    void grantMember(@Define("role") String role, @Define("member") String member);

    @SqlUpdate("REVOKE <role> FROM <member>")
    void revokeMember(@Define("role") String role, @Define("member") String member);

    @SqlUpdate("ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY")
    void secureAuditEvents();

    @SqlQuery("SELECT COUNT(*) FROM pg_policies WHERE tablename = 'audit_events' AND policyname = :name")
    int policyExists(@Bind("name") String policy);

    @SqlUpdate("CREATE POLICY <name> ON audit_events FOR SELECT USING (true)")
    void everyoneReads(@Define("name") String policy);

    @SqlUpdate("CREATE POLICY <name> ON audit_events FOR INSERT TO <roles> WITH CHECK (true)")
    void writersAppend(@Define("name") String policy, @Define("roles") String roles);

    @SqlUpdate("CREATE POLICY <name> ON audit_events FOR INSERT TO <role> WITH CHECK (action LIKE 'review.%')")
    void reviewersAppendReviews(@Define("name") String policy, @Define("role") String role);

    /** Login roles that are members of a project role: "member role" pairs. */
    @SqlQuery("SELECT m.rolname || ' ' || r.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
            + "JOIN pg_roles m ON m.oid = a.member WHERE r.rolname IN (<roles>) ORDER BY m.rolname, r.rolname")
    List<String> members(@Define("roles") String quotedRoles);
}
