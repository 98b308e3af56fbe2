package org.tematik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tematik.core.export.MatrixFiles;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matrix", description = "Triangulation matrix: codes (or themes) x a dimension, with the evidence behind each cell.")
final class MatrixCommand extends ProjectCommand {
    @Option(names = "--cols", required = true, paramLabel = "DIM",
            description = "source-type, method, case, source, coder or attribute:NAME.")
    String cols;

    @Option(names = "--rows", defaultValue = "codes", paramLabel = "ROWS",
            description = "codes, or themes (sub-codes rolled up to their top-level code); default: ${DEFAULT-VALUE}.")
    String rows;

    @Option(names = "--measure", defaultValue = "segments", paramLabel = "M",
            description = "segments, sources or words (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--min", defaultValue = "2", paramLabel = "K",
            description = "A row is triangulated when its evidence spans at least K column values (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--format", paramLabel = "FMT", description = "csv, xlsx, docx or html (default: from the -o file's extension).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of headings and citations in the file: en or id.")
    String lang;

    @Option(names = "--json", description = "Print the matrix as JSON instead of a table.")
    boolean json;

    @Override
    int run(Project project) {
        String fmt = format(format, output);
        if (fmt != null && output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format needs -o FILE");
        }
        Locale before = Messages.locale();
        if (lang != null) {
            Messages.setLocale(Locale.forLanguageTag(lang));
        }
        try {
            MatrixSpec s = MatrixSpec.of(cols).withRows(MatrixSpec.Rows.parse(rows)).withMeasure(MatrixSpec.Measure.parse(measure))
                    .withMinSpan(min);
            if (fmt != null) {
                Matrix m = write(project, s, fmt);
                out().println(Messages.tr("matrix.cli.wrote", output, m.rows().size(), m.columns().size(), m.triangulatedRows(),
                        s.minSpan()));
            } else if (json) {
                out().println(Json.pretty(json(project.matrix().build(s))));
            } else {
                print(project.matrix().build(s));
            }
            return TematikCli.OK;
        } finally {
            Messages.setLocale(before);
        }
    }

    private Matrix write(Project project, MatrixSpec s, String fmt) {
        if (!MatrixFiles.FORMATS.contains(fmt)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + fmt + "': use csv, xlsx, docx or html");
        }
        return MatrixFiles.export(project.matrix(), s, fmt, project.name(), output);
    }

    /** The format asked for, or the output file's extension; null when neither names one. */
    static String format(String format, Path output) {
        if (format != null) {
            return format.strip().toLowerCase(Locale.ROOT);
        }
        if (output == null) {
            return null;
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void print(Matrix m) {
        StringBuilder head = new StringBuilder(String.format("%-32s", Messages.tr("matrix.head.code")));
        m.columns().forEach(c -> head.append(String.format(" %12s", cut(c.label(), 12))));
        head.append(String.format(" %5s  %s", Messages.tr("matrix.head.span"), Messages.tr("matrix.head.triangulated")));
        out().println(head);
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row h = m.rows().get(r);
            StringBuilder line = new StringBuilder(String.format("%-32s", cut(h.path(), 32)));
            for (int c = 0; c < m.columns().size(); c++) {
                line.append(String.format(" %12d", m.cell(r, c)));
            }
            line.append(String.format(" %5d  %s", h.span(), h.triangulated() ? Messages.tr("matrix.yes") : ""));
            out().println(line);
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static Map<String, Object> json(Matrix m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("columns", m.spec().columns().toString());
        root.put("rows", m.spec().rows().id());
        root.put("measure", m.spec().measure().id());
        root.put("min", m.spec().minSpan());
        root.put("values", m.columns().stream().map(c -> c.noValue() ? null : c.label()).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row h = m.rows().get(r);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", h.name());
            row.put("path", h.path());
            row.put("codeId", h.id());
            row.put("cells", m.cells()[r]);
            row.put("span", h.span());
            row.put("triangulated", h.triangulated());
            rows.add(row);
        }
        root.put("matrix", rows);
        return root;
    }
}
