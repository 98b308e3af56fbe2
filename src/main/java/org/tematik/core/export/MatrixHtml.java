package org.tematik.core.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;

/** The matrix as one self-contained HTML file (inline style, no scripts, no external links): table, then the evidence per code. */
public final class MatrixHtml {
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em}"
            + "th{background:#f0f0f0;position:sticky;top:0}td.n{text-align:right}td.tri{font-weight:bold}"
            + "blockquote{margin:.4em 0 .4em 1.5em;font-style:italic}cite{font-style:normal;color:#555}"
            + "details{margin:.3em 0}summary{cursor:pointer;font-weight:bold}";

    private MatrixHtml() {
    }

    public static void write(Matrix m, List<Evidence> evidence, String projectName, Path file) {
        MatrixFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            String lang = Messages.locale().getLanguage();
            w.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                    + esc(Messages.tr("matrix.doc.title", projectName)) + "</title><style>" + STYLE + "</style></head><body>\n");
            w.write("<h1>" + esc(Messages.tr("matrix.doc.title", projectName)) + "</h1>\n<p>" + esc(Messages.tr("matrix.note",
                    Messages.tr(m.spec().measure().labelKey()), m.spec().columns().toString(), m.spec().minSpan()))
                    + "</p>\n<table><thead><tr><th>" + esc(Messages.tr("matrix.head.code")) + "</th>");
            for (Matrix.Column c : m.columns()) {
                w.write("<th>" + esc(c.label()) + "</th>");
            }
            w.write("<th>" + esc(Messages.tr("matrix.head.span")) + "</th><th>" + esc(Messages.tr("matrix.head.triangulated"))
                    + "</th></tr></thead><tbody>\n");
            for (int r = 0; r < m.rows().size(); r++) {
                Matrix.Row h = m.rows().get(r);
                w.write("<tr><th scope=\"row\" style=\"text-align:left\">" + esc(h.path()) + "</th>");
                for (int c = 0; c < m.columns().size(); c++) {
                    w.write("<td class=\"n\" style=\"background:#" + MatrixFiles.heatHex(m.heat(r, c)) + "\">" + m.cell(r, c) + "</td>");
                }
                w.write("<td class=\"n\">" + h.span() + "</td><td" + (h.triangulated() ? " class=\"tri\"" : "") + ">"
                        + esc(Messages.tr(h.triangulated() ? "matrix.yes" : "matrix.no")) + "</td></tr>\n");
            }
            w.write("</tbody></table>\n<h2>" + esc(Messages.tr("matrix.doc.evidence")) + "</h2>\n");
            java.util.UUID row = null;
            String column = null;
            for (Evidence e : evidence) {
                if (!e.rowId().equals(row)) {
                    w.write((row == null ? "" : "</details></section>\n") + "<section><h3>" + esc(e.row()) + "</h3>");
                    row = e.rowId();
                    column = null;
                }
                if (!e.column().equals(column)) {
                    w.write((column == null ? "" : "</details>") + "<details open><summary>" + esc(e.column()) + "</summary>");
                    column = e.column();
                }
                w.write("<blockquote>“" + esc(e.quote().strip()) + "” <cite>(" + esc(MatrixFiles.citation(e)) + "; "
                        + esc(e.coder()) + (e.row().equals(e.code()) ? "" : "; " + esc(e.code())) + ")</cite></blockquote>\n");
            }
            w.write((row == null ? "" : "</details></section>\n") + "</body></html>\n");
            w.flush();
        });
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
