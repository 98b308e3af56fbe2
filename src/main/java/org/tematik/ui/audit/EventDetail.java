package org.tematik.ui.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.EventText;
import org.tematik.core.i18n.Messages;
import org.tematik.core.util.Json;

/** The detail pane's text: the event in words, then before and after as indented JSON, then its hashes. */
final class EventDetail {
    private EventDetail() {
    }

    static String of(AuditEvent e, EventText text) {
        JsonNode data = Json.read(e.data());
        StringBuilder b = new StringBuilder();
        b.append(text.describe(e)).append("\n\n");
        b.append(Messages.tr("audit.viewer.detail.header", e.seq(), AuditRow.TIME.format(e.time()), e.coder(), e.action(),
                e.entity())).append("\n\n");
        b.append(Messages.tr("audit.viewer.detail.before")).append('\n').append(pretty(data.path("before"))).append("\n\n");
        b.append(Messages.tr("audit.viewer.detail.after")).append('\n').append(pretty(data.path("after"))).append("\n\n");
        b.append(Messages.tr("audit.viewer.detail.hash", e.hash(), e.prevHash()));
        return b.toString();
    }

    private static String pretty(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "—" : Json.pretty(node);
    }
}
