package org.tematik.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tematik.core.i18n.Messages;
import java.util.List;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixService;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.util.UserException;

/** What the matrix exporters share: writing through a temporary file, heat colours, citations. */
public final class MatrixFiles {
    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_CELL = 32_000;

    /** The file formats a matrix is written in. */
    public static final List<String> FORMATS = List.of("csv", "xlsx", "docx", "html");

    private MatrixFiles() {
    }

    /**
     * The one way a matrix becomes a file, from the command line and the matrix window alike: {@code format} is
     * one of {@link #FORMATS}; the formats that quote get the matrix built while its evidence is read.
     * Returns the matrix written.
     */
    public static Matrix export(MatrixService matrices, MatrixSpec spec, String format, String projectName, Path file) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("no matrix format " + format);
        }
        if (format.equals("csv")) {
            Matrix m = matrices.build(spec);
            MatrixCsv.write(m, file);
            return m;
        }
        MatrixService.Export e = matrices.export(spec);
        switch (format) {
            case "xlsx" -> MatrixWorkbook.write(e.matrix(), e.evidence(), e.codebook(), file);
            case "docx" -> MatrixDocument.write(e.matrix(), e.evidence(), projectName, file);
            default -> MatrixHtml.write(e.matrix(), e.evidence(), projectName, file);
        }
        return e.matrix();
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes next to the target and moves into place, so a failed export never leaves half a file under the name. */
    static void write(Path file, Body body) {
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write error is the one to report
            }
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }

    /** White to a warm red as heat goes from 0 to 1: {r, g, b}. */
    public static int[] heatRgb(double heat) {
        double h = Math.max(0, Math.min(1, heat));
        return new int[] {(int) Math.round(255 - h * (255 - 214)), (int) Math.round(255 - h * (255 - 96)),
                (int) Math.round(255 - h * (255 - 77))};
    }

    public static String heatHex(double heat) {
        int[] c = heatRgb(heat);
        return String.format("%02X%02X%02X", c[0], c[1], c[2]);
    }

    /** "source, p. 4" for paged sources, "source, ¶ 12" otherwise, just the name when neither is known. */
    public static String citation(Evidence e) {
        return citation(e.source(), e.page(), e.paragraph());
    }

    public static String citation(String source, int page, int paragraph) {
        if (page > 0) {
            return Messages.tr("matrix.citation.page", source, page);
        }
        if (paragraph > 0) {
            return Messages.tr("matrix.citation.paragraph", source, paragraph);
        }
        return source;
    }

    static String clip(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL) + "…";
    }
}
