package org.tematik.core.export;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;

/**
 * The matrix as a Word document for a thesis appendix, in the current language: the table (heat shading,
 * span, triangulated) and then, per code, its quotes grouped by column value, each cited "source, p. N".
 * Landscape, because matrices are wide.
 */
public final class MatrixDocument {
    private MatrixDocument() {
    }

    public static void write(Matrix m, List<Evidence> evidence, String projectName, Path file) {
        MatrixFiles.write(file, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                landscape(doc);
                heading(doc, Messages.tr("matrix.doc.title", projectName), 16);
                plain(doc, Messages.tr("matrix.note", Messages.tr(m.spec().measure().labelKey()),
                        m.spec().columns().toString(), m.spec().minSpan()), false);
                table(doc, m);
                plain(doc, "", false);
                heading(doc, Messages.tr("matrix.doc.evidence"), 14);
                Map<UUID, Map<String, List<Evidence>>> byRow = new LinkedHashMap<>();
                for (Evidence e : evidence) { // evidence arrives in row and column order
                    byRow.computeIfAbsent(e.rowId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(e.column(), k -> new java.util.ArrayList<>()).add(e);
                }
                for (Matrix.Row row : m.rows()) {
                    Map<String, List<Evidence>> columns = byRow.get(row.id());
                    if (columns == null) {
                        continue;
                    }
                    heading(doc, row.path(), 13);
                    for (var col : columns.entrySet()) {
                        heading(doc, col.getKey() + " (" + col.getValue().size() + ")", 11);
                        for (Evidence e : col.getValue()) {
                            quote(doc, e, !row.name().equals(e.code()));
                        }
                    }
                }
                doc.write(out);
            }
        });
    }

    private static void table(XWPFDocument doc, Matrix m) {
        int n = m.columns().size();
        XWPFTable t = doc.createTable(m.rows().size() + 1, n + 3);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        cell(head.getCell(0), Messages.tr("matrix.head.code"), true, null);
        for (int c = 0; c < n; c++) {
            cell(head.getCell(c + 1), m.columns().get(c).label(), true, null);
        }
        cell(head.getCell(n + 1), Messages.tr("matrix.head.span"), true, null);
        cell(head.getCell(n + 2), Messages.tr("matrix.head.triangulated"), true, null);
        for (int r = 0; r < m.rows().size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            Matrix.Row h = m.rows().get(r);
            cell(row.getCell(0), h.path(), false, null);
            for (int c = 0; c < n; c++) {
                cell(row.getCell(c + 1), String.valueOf(m.cell(r, c)), false, MatrixFiles.heatHex(m.heat(r, c)));
            }
            cell(row.getCell(n + 1), String.valueOf(h.span()), false, null);
            cell(row.getCell(n + 2), Messages.tr(h.triangulated() ? "matrix.yes" : "matrix.no"), h.triangulated(), null);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, String shade) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(9);
        if (shade != null) {
            cell.setColor(shade);
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    private static void quote(XWPFDocument doc, Evidence e, boolean showCode) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setSpacingAfter(120);
        XWPFRun q = p.createRun();
        q.setItalic(true);
        q.setText("“" + e.quote().strip().replaceAll("\\s+", " ") + "”");
        XWPFRun cite = p.createRun();
        String code = showCode ? "; " + e.code() : "";
        cite.setText(" (" + MatrixFiles.citation(e) + "; " + e.coder() + code + ")");
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size >= 13 ? 240 : 120);
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void plain(XWPFDocument doc, String text, boolean bold) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, in twentieths of a point
        size.setH(BigInteger.valueOf(11906));
    }
}
