package org.tematik.core.source.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.tematik.core.source.importer.txt.PlainTextImporter;

/** Picks the importer for a file by its extension. */
public final class Importers {
    private final List<Importer> importers;

    public Importers(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    public static Importers standard() {
        return new Importers(List.of(new PlainTextImporter()));
    }

    public Optional<Importer> forFile(Path file) {
        String ext = extension(file);
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst();
    }

    /** e.g. ".md, .txt", for messages. */
    public String supported() {
        TreeSet<String> all = new TreeSet<>();
        importers.forEach(i -> all.addAll(i.extensions()));
        return String.join(", ", all.stream().map(e -> "." + e).toList());
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
