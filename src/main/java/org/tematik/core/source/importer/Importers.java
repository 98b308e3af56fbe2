package org.tematik.core.source.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.tematik.core.source.importer.doc.DocImporter;
import org.tematik.core.source.importer.docx.DocxImporter;
import org.tematik.core.source.importer.pdf.PdfImporter;
import org.tematik.core.source.importer.txt.PlainTextImporter;
import org.tematik.core.util.UserException;

/**
 * Picks the importer for a file. The content decides, not the name: a ".docx" that is really plain
 * text is reported as mislabelled instead of failing somewhere inside the Word reader.
 */
public final class Importers {
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    public static Importers standard() {
        return new Importers(List.of(new PlainTextImporter(), new PdfImporter(), new DocxImporter(), new DocImporter()));
    }

    /** Whether the file's name is one Tematik imports (used to pick files out of a folder). */
    public boolean supportsName(Path file) {
        return forExtension(extension(file)).isPresent();
    }

    public Importer choose(ImportRequest request) {
        FileKind actual = FileKind.of(request.bytes());
        Optional<Importer> named = forExtension(extension(request.file()));
        Optional<Importer> byContent = importers.stream().filter(i -> i.kind() == actual).findFirst();
        if (named.isPresent() && named.get().kind() == actual) {
            return named.get();
        }
        if (named.isEmpty()) {
            // an unknown name is accepted only for formats recognisable for sure; ".rtf" text must not pass as a transcript
            return byContent.filter(i -> i.kind() != FileKind.TEXT)
                    .orElseThrow(() -> new UserException("import.error.unsupported", request.fileName(), supported()));
        }
        if (named.get().kind() == FileKind.DOCX && actual == FileKind.DOC) {
            // Word stores a password-protected .docx in an OLE2 container; the DOC reader says what to do with it
            return byContent.orElseThrow();
        }
        if (named.get().kind() == FileKind.TEXT && actual == FileKind.BINARY) {
            throw new UserException("import.error.binary", request.fileName());
        }
        throw new UserException("import.error.mislabelled", request.fileName(), describe(named.get().kind()), describe(actual));
    }

    /** e.g. ".doc, .docx, .md, .pdf, .txt", for messages. */
    public String supported() {
        TreeSet<String> all = new TreeSet<>();
        importers.forEach(i -> all.addAll(i.extensions()));
        return String.join(", ", all.stream().map(e -> "." + e).toList());
    }

    /** e.g. "*.txt", for file choosers. */
    public List<String> globs() {
        TreeSet<String> all = new TreeSet<>();
        importers.forEach(i -> all.addAll(i.extensions()));
        return all.stream().map(e -> "*." + e).toList();
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private Optional<Importer> forExtension(String ext) {
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst();
    }

    private static String describe(FileKind kind) {
        return org.tematik.core.i18n.Messages.tr(switch (kind) {
            case PDF -> "file.kind.pdf";
            case DOCX -> "file.kind.docx";
            case DOC -> "file.kind.doc";
            case ZIP -> "file.kind.zip";
            case TEXT -> "file.kind.text";
            case BINARY -> "file.kind.binary";
        });
    }
}
