package org.tematik.ui.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.EventText;
import org.tematik.core.i18n.Messages;

/** One line of the viewer's table; {@code event} is null while its page is still loading. */
public record AuditRow(long seq, String time, String coder, String action, String entity, String description, AuditEvent event) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static AuditRow of(AuditEvent e, EventText text) {
        return new AuditRow(e.seq(), TIME.format(e.time()), e.coder(), e.action(), e.entityType(), text.describe(e), e);
    }

    static AuditRow loading(long seq) {
        return new AuditRow(seq, "", "", "", "", Messages.tr("audit.viewer.loading"), null);
    }

    static AuditRow missing(long seq) {
        return new AuditRow(seq, "", "", "", "", Messages.tr("audit.viewer.missing"), null);
    }

    public boolean isLoaded() {
        return event != null;
    }
}
