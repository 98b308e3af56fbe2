package org.tematik.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.i18n.Messages;
import org.tematik.core.util.UserException;

/**
 * An agreement report as XLSX: sheet Agreement (per code and overall), sheet Method (the wording for a
 * methods chapter), sheet Data (every unit's 0/1 per coder, so an examiner can recompute the figures).
 */
public final class AgreementWorkbook {
    private AgreementWorkbook() {
    }

    public static void write(AgreementReport report, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            agreementSheet(book.createSheet("Agreement"), report, bold);
            Sheet method = book.createSheet("Method");
            method.createRow(0).createCell(0).setCellValue(report.method());
            method.setColumnWidth(0, 200 * 256);
            dataSheet(book.createSheet("Data"), report, bold);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                book.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }

    private static void agreementSheet(Sheet sheet, AgreementReport r, CellStyle bold) {
        header(sheet.createRow(0), bold, "code", "units", "percent agreement", r.kappaName(), "kappa 95% CI low",
                "kappa 95% CI high", "Krippendorff's alpha", "alpha 95% CI low", "alpha 95% CI high", "Krippendorff's alpha-u");
        int at = 1;
        for (AgreementReport.Row row : r.codes()) {
            fill(sheet.createRow(at++), row.code(), row);
        }
        fill(sheet.createRow(at + 1), Messages.tr("agreement.overall"), r.overall());
        sheet.createRow(at + 3).createCell(0).setCellValue("coders: " + String.join(", ", r.coders()) + "; unit: " + r.unit()
                + "; sources: " + String.join(", ", r.sources()));
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void fill(Row row, String code, AgreementReport.Row values) {
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(values.units());
        number(row.createCell(2), values.percentAgreement());
        number(row.createCell(3), values.kappa());
        interval(row, 4, values.kappaInterval());
        number(row.createCell(6), values.alpha());
        interval(row, 7, values.alphaInterval());
        number(row.createCell(9), values.unitizedAlpha());
    }

    private static void interval(Row row, int column, double[] ci) {
        if (ci != null) {
            row.createCell(column).setCellValue(ci[0]);
            row.createCell(column + 1).setCellValue(ci[1]);
        }
    }

    private static void dataSheet(Sheet sheet, AgreementReport r, CellStyle bold) {
        String[] head = new String[5 + r.coders().size()];
        head[0] = "code";
        head[1] = "source";
        head[2] = "unit";
        head[3] = "start";
        head[4] = "end";
        for (int c = 0; c < r.coders().size(); c++) {
            head[5 + c] = r.coders().get(c);
        }
        header(sheet.createRow(0), bold, head);
        int at = 1;
        for (AgreementReport.DataRow d : r.data()) {
            Row row = sheet.createRow(at++);
            row.createCell(0).setCellValue(d.code());
            row.createCell(1).setCellValue(d.source());
            row.createCell(2).setCellValue(d.unit());
            row.createCell(3).setCellValue(d.start());
            row.createCell(4).setCellValue(d.end());
            for (int c = 0; c < d.values().length; c++) {
                row.createCell(5 + c).setCellValue(d.values()[c]);
            }
        }
    }

    private static void header(Row row, CellStyle bold, String... names) {
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
    }

    /** An undefined figure (no variation, nothing to compare) stays an empty cell, never NaN. */
    private static void number(Cell cell, double value) {
        if (!Double.isNaN(value)) {
            cell.setCellValue(value);
        }
    }
}
