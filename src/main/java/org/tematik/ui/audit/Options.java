package org.tematik.ui.audit;

import java.util.ArrayList;
import java.util.List;
import org.tematik.core.audit.AuditBrowser;
import org.tematik.core.audit.EventText;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/** The filter boxes' entries, read in one go off the UI thread; each list starts with "all". */
record Options(List<Choice> coders, List<Choice> actions, List<Choice> codes, List<Choice> sources, EventText describer) {

    static Options load(Project project) {
        AuditBrowser browser = project.supervision().browser();
        List<Choice> coders = withAll("audit.viewer.allCoders");
        browser.coders().forEach(c -> coders.add(new Choice(c, c)));
        List<Choice> actions = withAll("audit.viewer.allActions");
        browser.actions().forEach(a -> actions.add(new Choice(a, a)));
        List<Choice> codes = withAll("audit.viewer.allCodes");
        for (CodeNode n : project.codebook().tree()) {
            codes.add(new Choice(n.path(), n.code().id().toString()));
        }
        List<Choice> sources = withAll("audit.viewer.allSources");
        for (Source s : project.sources().list()) {
            sources.add(new Choice(s.name(), s.id().toString()));
        }
        return new Options(coders, actions, codes, sources, browser.describer());
    }

    private static List<Choice> withAll(String key) {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(Messages.tr(key), null));
        return list;
    }
}
