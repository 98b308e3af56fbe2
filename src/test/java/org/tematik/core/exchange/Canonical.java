package org.tematik.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A project's exchangeable content as sorted lines, with users by name rather than by GUID (a new project
 * gives its creator a new id), so two projects or two exports can be compared with one equality.
 */
final class Canonical {
    private Canonical() {
    }

    static List<String> of(Qda.Project p) {
        Map<UUID, String> user = new HashMap<>();
        p.users().forEach(u -> user.put(u.guid(), u.name()));
        Map<UUID, String> variable = new HashMap<>();
        p.variables().forEach(v -> variable.put(v.guid(), v.name() + ":" + v.type()));
        TreeSet<String> out = new TreeSet<>();
        for (Qda.Code c : p.codes()) {
            out.add("code " + c.guid() + " parent=" + c.parent() + " name=" + c.name() + " colour=" + c.color() + " def="
                    + c.definition() + " inc=" + c.inclusion() + " exc=" + c.exclusion() + " ex=" + c.example());
        }
        for (Qda.Source s : p.sources()) {
            out.add("source " + s.guid() + " name=" + s.name() + " by=" + user.get(s.creator()) + " text=" + s.text());
            for (Qda.Selection sel : s.selections()) {
                for (Qda.Coding c : sel.codings()) {
                    out.add("coding " + c.guid() + " source=" + s.guid() + " [" + sel.start() + "," + sel.end() + ") code="
                            + c.code() + " by=" + user.get(c.creator()) + " at=" + c.created() + " notes=" + texts(p, c.notes()));
                }
            }
            s.values().forEach(v -> out.add("value source=" + s.guid() + " " + variable.get(v.variable()) + "=" + v.value()));
            out.add("source-notes " + s.guid() + " " + texts(p, s.notes()));
        }
        for (Qda.Case c : p.cases()) {
            out.add("case " + c.guid() + " name=" + c.name() + " desc=" + c.description() + " sources=" + new TreeSet<>(c.sources()));
            c.values().forEach(v -> out.add("value case=" + c.guid() + " " + variable.get(v.variable()) + "=" + v.value()));
        }
        p.codes().forEach(c -> out.add("code-notes " + c.guid() + " " + texts(p, c.notes())));
        out.add("project-notes " + texts(p, p.projectNotes()));
        return new ArrayList<>(out);
    }

    private static List<String> texts(Qda.Project p, List<UUID> notes) {
        List<String> out = new ArrayList<>();
        for (UUID n : notes) {
            p.notes().stream().filter(x -> x.guid().equals(n)).forEach(x -> out.add(x.name() + "|" + x.text()));
        }
        out.sort(null);
        return out;
    }
}
