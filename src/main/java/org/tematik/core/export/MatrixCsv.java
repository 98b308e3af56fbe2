package org.tematik.core.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Cooccurrence;
import org.tematik.core.matrix.Matrix;

/** The matrix (and the co-occurrence table) as RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel reads the accents. */
public final class MatrixCsv {
    private MatrixCsv() {
    }

    public static void write(Matrix m, Path file) {
        MatrixFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                List<String> head = new ArrayList<>();
                head.add(Messages.tr("matrix.head.code"));
                m.columns().forEach(c -> head.add(c.label()));
                head.add(Messages.tr("matrix.head.span"));
                head.add(Messages.tr("matrix.head.triangulated"));
                csv.printRecord(head);
                for (int r = 0; r < m.rows().size(); r++) {
                    List<Object> row = new ArrayList<>();
                    Matrix.Row h = m.rows().get(r);
                    row.add(h.path());
                    for (int c = 0; c < m.columns().size(); c++) {
                        row.add(m.cell(r, c));
                    }
                    row.add(h.span());
                    row.add(Messages.tr(h.triangulated() ? "matrix.yes" : "matrix.no"));
                    csv.printRecord(row);
                }
            }
        });
    }

    public static void write(Cooccurrence co, Path file) {
        MatrixFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                List<String> head = new ArrayList<>();
                head.add(Messages.tr("matrix.head.code"));
                co.codes().forEach(c -> head.add(c.path()));
                csv.printRecord(head);
                for (int a = 0; a < co.codes().size(); a++) {
                    List<Object> row = new ArrayList<>();
                    row.add(co.codes().get(a).path());
                    for (int b = 0; b < co.codes().size(); b++) {
                        row.add(co.counts()[a][b]);
                    }
                    csv.printRecord(row);
                }
            }
        });
    }
}
