package org.tematik.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.CodebookLine;
import org.tematik.core.matrix.Cooccurrence;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;

/**
 * The matrix as XLSX, streamed (SXSSF keeps only a window of rows in memory, so 100,000 evidence rows fit):
 * sheet Matrix (heat colours, frozen headers, span and triangulated flag), Evidence (one row per coded
 * segment) and Codebook (path, definition, counts). Co-occurrence gets its table and its pairs.
 */
public final class MatrixWorkbook {
    private static final int HEAT_STEPS = 10;

    private MatrixWorkbook() {
    }

    public static void write(Matrix m, List<Evidence> evidence, List<CodebookLine> codebook, Path file) {
        MatrixFiles.write(file, out -> {
            try (MatrixBook book = new MatrixBook(evidence)) {
                Styles st = new Styles(book);
                matrixSheet(book.createSheet(Messages.tr("matrix.sheet.matrix")), m, st);
                book.evidence = evidenceSheet(book.createSheet(Messages.tr("matrix.sheet.evidence")), st);
                codebookSheet(book.createSheet(Messages.tr("matrix.sheet.codebook")), codebook, st);
                book.setShouldCalculateSheetDimensions(false); // the evidence rows are not SXSSF's, so it would miss them
                dimension(book, 0, m.rows().size() + 2, m.columns().size() + 2);
                dimension(book, 1, evidence.size(), 9);
                dimension(book, 2, codebook.size(), 3);
                book.write(out);
                book.dispose();
            }
        });
    }

    public static void write(Cooccurrence co, Path file) {
        MatrixFiles.write(file, out -> {
            try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                Styles st = new Styles(book);
                Sheet sheet = book.createSheet(Messages.tr("cooccurrence.sheet.table"));
                Row head = sheet.createRow(0);
                text(head, 0, Messages.tr("matrix.head.code"), st.bold);
                for (int b = 0; b < co.codes().size(); b++) {
                    text(head, b + 1, co.codes().get(b).path(), st.bold);
                }
                int max = co.max();
                for (int a = 0; a < co.codes().size(); a++) {
                    Row row = sheet.createRow(a + 1);
                    text(row, 0, co.codes().get(a).path(), st.bold);
                    for (int b = 0; b < co.codes().size(); b++) {
                        int v = co.counts()[a][b];
                        Cell cell = row.createCell(b + 1);
                        cell.setCellValue(v);
                        cell.setCellStyle(a == b ? st.diagonal : st.heat(max == 0 ? 0 : Math.sqrt(v / (double) max)));
                    }
                }
                sheet.createFreezePane(1, 1);
                sheet.setColumnWidth(0, 40 * 256);
                Sheet pairs = book.createSheet(Messages.tr("cooccurrence.sheet.pairs"));
                header(pairs, st, "cooccurrence.head.codeA", "cooccurrence.head.codeB", "matrix.head.source", "matrix.head.page",
                        "matrix.head.paragraph", "cooccurrence.head.quoteA", "cooccurrence.head.quoteB", "matrix.head.start",
                        "matrix.head.end");
                int at = 1;
                for (Cooccurrence.Pair p : co.pairs()) {
                    Row row = pairs.createRow(at++);
                    text(row, 0, co.codes().get(p.a()).path(), null);
                    text(row, 1, co.codes().get(p.b()).path(), null);
                    text(row, 2, p.source(), null);
                    number(row, 3, p.page());
                    number(row, 4, p.paragraph());
                    text(row, 5, MatrixFiles.clip(p.quoteA()), null);
                    text(row, 6, MatrixFiles.clip(p.quoteB()), null);
                    row.createCell(7).setCellValue(p.start());
                    row.createCell(8).setCellValue(p.end());
                }
                book.write(out);
                book.dispose();
            }
        });
    }

    private static void matrixSheet(Sheet sheet, Matrix m, Styles st) {
        Row head = sheet.createRow(0);
        text(head, 0, Messages.tr("matrix.head.code"), st.bold);
        int n = m.columns().size();
        for (int c = 0; c < n; c++) {
            text(head, c + 1, m.columns().get(c).label(), st.bold);
        }
        text(head, n + 1, Messages.tr("matrix.head.span"), st.bold);
        text(head, n + 2, Messages.tr("matrix.head.triangulated"), st.bold);
        for (int r = 0; r < m.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            Matrix.Row h = m.rows().get(r);
            text(row, 0, h.path(), null);
            for (int c = 0; c < n; c++) {
                Cell cell = row.createCell(c + 1);
                cell.setCellValue(m.cell(r, c));
                cell.setCellStyle(st.heat(m.heat(r, c)));
            }
            row.createCell(n + 1).setCellValue(h.span());
            text(row, n + 2, Messages.tr(h.triangulated() ? "matrix.yes" : "matrix.no"), h.triangulated() ? st.bold : null);
        }
        Row note = sheet.createRow(m.rows().size() + 2);
        text(note, 0, Messages.tr("matrix.note", Messages.tr(m.spec().measure().labelKey()),
                m.spec().columns().toString(), m.spec().minSpan()), null);
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 40 * 256);
    }

    /** The header only: the data rows are written into the package by {@link EvidenceRows} (see MatrixBook). */
    private static SXSSFSheet evidenceSheet(SXSSFSheet sheet, Styles st) {
        header(sheet, st, "matrix.head.code", "matrix.head.appliedCode", "matrix.head.column", "matrix.head.source",
                "matrix.head.page", "matrix.head.paragraph", "matrix.head.coder", "matrix.head.quote", "matrix.head.start",
                "matrix.head.end");
        sheet.setColumnWidth(7, 80 * 256);
        return sheet;
    }

    private static void dimension(SXSSFWorkbook book, int sheet, int lastRow, int lastColumn) {
        book.getXSSFWorkbook().getSheetAt(sheet).setDimensionOverride(new CellRangeAddress(0, lastRow, 0, lastColumn));
    }

    private static void codebookSheet(Sheet sheet, List<CodebookLine> codebook, Styles st) {
        header(sheet, st, "matrix.head.code", "matrix.head.definition", "matrix.head.segments", "matrix.head.sources");
        int at = 1;
        for (CodebookLine c : codebook) {
            Row row = sheet.createRow(at++);
            text(row, 0, c.path(), null);
            text(row, 1, c.definition() == null ? "" : MatrixFiles.clip(c.definition()), null);
            row.createCell(2).setCellValue(c.segments());
            row.createCell(3).setCellValue(c.sources());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    private static void header(Sheet sheet, Styles st, String... keys) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            text(head, i, Messages.tr(keys[i]), st.bold);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, keys.length - 1));
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Page and paragraph are left empty where the source has none (0). */
    private static void number(Row row, int col, int value) {
        if (value > 0) {
            row.createCell(col).setCellValue(value);
        }
    }

    /**
     * Deflates at the fastest level: 100,000 quotes make some 70 MB of sheet XML, and the default level spent
     * about a second more on it for a file only slightly smaller. The Evidence sheet's rows go straight into
     * its zip entry after POI's header row, through POI's own hook for a sheet's data (ADR 0025): going through
     * SXSSF's row objects and temporary file was most of the time of a large export.
     */
    private static final class MatrixBook extends SXSSFWorkbook {
        private final List<Evidence> rows;
        SXSSFSheet evidence;

        MatrixBook(List<Evidence> rows) {
            super(200);
            this.rows = rows;
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
            ISheetInjector poi = super.createSheetInjector(sheet);
            if (sheet != evidence) {
                return poi;
            }
            return out -> {
                poi.writeSheetData(out);
                try (DeflateBehind behind = new DeflateBehind(out)) {
                    EvidenceRows.write(rows, 2, behind);
                }
            };
        }
    }

    /** One style per heat step: a workbook allows only so many styles, so cells share them. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle diagonal;
        final CellStyle[] heat = new CellStyle[HEAT_STEPS + 1];

        Styles(SXSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            for (int i = 0; i <= HEAT_STEPS; i++) {
                heat[i] = fill(book, MatrixFiles.heatRgb(i / (double) HEAT_STEPS));
            }
            diagonal = fill(book, new int[] {230, 230, 230});
        }

        CellStyle heat(double level) {
            return heat[(int) Math.round(level * HEAT_STEPS)];
        }

        private static CellStyle fill(SXSSFWorkbook book, int[] rgb) {
            XSSFCellStyle s = (XSSFCellStyle) book.createCellStyle();
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
