package org.tematik.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.CodeHistory;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.audit.EventText;
import org.tematik.core.audit.Review;
import org.tematik.core.audit.ReviewService;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.storage.AuditQueryDao;
import org.tematik.core.util.UserException;

/** The audit as XLSX, one sheet per view: events, codebook history, coder activity, sign-offs, reviews. */
final class AuditWorkbook {
    private AuditWorkbook() {
    }

    static void write(AuditReport report, AuditFilter filter, Jdbi jdbi, EventText text, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            events(book.createSheet(Messages.tr("report.sheet.events")), filter, jdbi, text, bold);
            history(book.createSheet(Messages.tr("report.sheet.history")), report, bold);
            activity(book.createSheet(Messages.tr("report.sheet.activity")), report.activity(), bold);
            signOffs(book.createSheet(Messages.tr("report.sheet.signoffs")), report, bold);
            reviews(book.createSheet(Messages.tr("report.sheet.reviews")), report, bold);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                book.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }

    private static void events(Sheet sheet, AuditFilter filter, Jdbi jdbi, EventText text, CellStyle bold) {
        header(sheet, bold, "report.col.seq", "report.col.time", "report.col.coder", "report.col.action", "report.col.entity",
                "report.col.description", "report.col.hash");
        int[] at = {1};
        jdbi.useHandle(h -> {
            try (Stream<AuditEvent> events = h.attach(AuditQueryDao.class).stream(filter)) {
                events.forEach(e -> {
                    Row r = sheet.createRow(at[0]++);
                    r.createCell(0).setCellValue(e.seq());
                    r.createCell(1).setCellValue(e.time().toString());
                    r.createCell(2).setCellValue(e.coder());
                    r.createCell(3).setCellValue(e.action());
                    r.createCell(4).setCellValue(e.entity());
                    r.createCell(5).setCellValue(text.describe(e));
                    r.createCell(6).setCellValue(e.hash());
                });
            }
        });
        widths(sheet, 8, 28, 14, 16, 44, 80, 66);
    }

    private static void history(Sheet sheet, AuditReport report, CellStyle bold) {
        header(sheet, bold, "report.col.code", "report.col.seq", "report.col.time", "report.col.coder", "report.col.kind",
                "report.col.description");
        int at = 1;
        for (CodeNode n : report.codebook()) {
            at = steps(sheet, at, n.path(), report.histories().get(n.code().id()));
        }
        for (var former : report.formerNames().entrySet()) {
            at = steps(sheet, at, Messages.tr("report.codebook.formerName", former.getValue()), report.histories().get(former.getKey()));
        }
        widths(sheet, 40, 8, 28, 14, 18, 80);
    }

    private static int steps(Sheet sheet, int at, String code, List<CodeHistory.Step> steps) {
        if (steps == null) {
            return at;
        }
        for (CodeHistory.Step s : steps) {
            Row r = sheet.createRow(at++);
            r.createCell(0).setCellValue(code);
            r.createCell(1).setCellValue(s.seq());
            r.createCell(2).setCellValue(s.time().toString());
            r.createCell(3).setCellValue(s.coder());
            r.createCell(4).setCellValue(s.kind());
            r.createCell(5).setCellValue(s.text());
        }
        return at;
    }

    private static void activity(Sheet sheet, List<CoderActivity.Day> days, CellStyle bold) {
        header(sheet, bold, "report.col.day", "report.col.coder", "report.col.added", "report.col.removed", "report.col.sources",
                "report.col.other");
        int at = 1;
        for (CoderActivity.Day d : days) {
            Row r = sheet.createRow(at++);
            r.createCell(0).setCellValue(d.day().toString());
            r.createCell(1).setCellValue(d.coder());
            r.createCell(2).setCellValue(d.codingsAdded());
            r.createCell(3).setCellValue(d.codingsRemoved());
            r.createCell(4).setCellValue(d.sourcesTouched());
            r.createCell(5).setCellValue(d.otherChanges());
        }
        widths(sheet, 12, 16, 10, 10, 10, 10);
    }

    private static void signOffs(Sheet sheet, AuditReport report, CellStyle bold) {
        header(sheet, bold, "report.col.stage", "report.col.reviewer", "report.col.time", "report.col.seq", "report.col.hash",
                "report.col.holds", "report.col.since");
        int at = 1;
        for (ReviewService.SignOffStatus s : report.signOffs()) {
            Review r = s.review();
            Row row = sheet.createRow(at++);
            row.createCell(0).setCellValue(r.body());
            row.createCell(1).setCellValue(r.reviewer());
            row.createCell(2).setCellValue(r.createdAt().toString());
            row.createCell(3).setCellValue(r.headSeq());
            row.createCell(4).setCellValue(r.headHash());
            row.createCell(5).setCellValue(Messages.tr(s.holds() ? "report.yes" : "report.no"));
            row.createCell(6).setCellValue(s.eventsSince());
        }
        Row head = sheet.createRow(at + 1);
        head.createCell(0).setCellValue(Messages.tr("report.head", report.headSeq(), report.headHash()));
        widths(sheet, 30, 16, 28, 8, 66, 10, 10);
    }

    private static void reviews(Sheet sheet, AuditReport report, CellStyle bold) {
        header(sheet, bold, "report.col.kind", "report.col.target", "report.col.reviewer", "report.col.time", "report.col.comment",
                "report.col.status");
        int at = 1;
        for (ReviewService.Agreement a : report.agreements()) {
            Row r = sheet.createRow(at++);
            fill(r, a.review(), a.codeName());
            r.createCell(5).setCellValue(Messages.tr(a.current() ? "report.agreed.current" : "report.agreed.stale"));
        }
        for (Review c : report.comments()) {
            fill(sheet.createRow(at++), c, c.targetType() + " " + report.commentTargets().get(c.id()));
        }
        widths(sheet, 12, 40, 16, 28, 80, 30);
    }

    private static void fill(Row r, Review review, String target) {
        r.createCell(0).setCellValue(review.kind());
        r.createCell(1).setCellValue(target);
        r.createCell(2).setCellValue(review.reviewer());
        r.createCell(3).setCellValue(review.createdAt().toString());
        r.createCell(4).setCellValue(review.body());
    }

    private static void header(Sheet sheet, CellStyle bold, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(Messages.tr(keys[i]));
            cell.setCellStyle(bold);
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
