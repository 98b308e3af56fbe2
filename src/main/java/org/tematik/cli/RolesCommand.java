package org.tematik.cli;

import java.util.Map;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.server.ServerRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "roles", description = "Team project roles (owner, coder, reviewer), enforced by the PostgreSQL server. "
        + "Without a sub-command: who has which role.", subcommands = RolesCommand.Grant.class)
final class RolesCommand extends ProjectCommand {
    @Override
    int run(Project project) {
        Map<String, ServerRoles.Role> members = project.roles().members();
        if (members.isEmpty()) {
            out().println(Messages.tr("server.roles.none"));
        }
        members.forEach((login, role) -> out().println(login + "\t" + role.id()));
        return TematikCli.OK;
    }

    @Command(name = "grant", description = "Give a server login a role on this project (run by the project's owner).")
    static final class Grant extends ProjectCommand {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "A login the server's administrator created.")
        String login;

        @Parameters(index = "1", paramLabel = "ROLE", description = "owner, coder or reviewer.")
        String role;

        @Override
        int run(Project project) {
            ServerRoles.Role r = ServerRoles.Role.parse(role);
            project.roles().grant(login, r);
            out().println(Messages.tr("server.roles.granted", login, r.id(), project.location()));
            return TematikCli.OK;
        }
    }
}
