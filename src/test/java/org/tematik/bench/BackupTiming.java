package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.tematik.core.project.Backups;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/**
 * Times backup and restore (with its audit check) on a generated project, plain and encrypted. Not a test:
 * run it by hand (see docs/performance.md). Args: sources, codings.
 */
public final class BackupTiming {
    private BackupTiming() {
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("tematik-backup-bench");
        for (char[] passphrase : new char[][] {null, "bench passphrase".toCharArray()}) {
            String kind = passphrase == null ? "plain" : "encrypted";
            Path project = dir.resolve(kind);
            long chars = 0;
            try (Project p = Project.init(project, "bench", "bench", passphrase == null ? null : passphrase.clone())) {
                UUID code = p.codebook().add("Central coordination", null, null, null).id();
                List<Source> made = new java.util.ArrayList<>();
                for (int s = 0; s < sources; s++) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; text.length() < 100_000; i++) {
                        text.append("Source ").append(s).append(" paragraph ").append(i)
                                .append(": Koordinasi dengan pusat sangat lambat; the mayor changed.\n");
                    }
                    chars += text.length();
                    Path file = Files.writeString(dir.resolve(kind + "-" + s + ".txt"), text);
                    made.add(p.sources().importFile(file, "interview", "interview").source());
                }
                for (int i = 0; i < codings; i++) {
                    Source s = made.get(i % made.size());
                    int at = (i / made.size()) * 90;
                    p.codings().code(s.id(), code, at, at + 40, null);
                }
                long start = System.nanoTime();
                Backups.Written w = Backups.write(p, dir.resolve(kind + ".zip"));
                System.out.printf("%s: %d sources, %,d characters, %,d codings, %,d audit events; backup %.2f s, %,d KB%n", kind,
                        sources, chars, codings, p.audit().count(), (System.nanoTime() - start) / 1e9, w.bytes() / 1024);
            }
            long start = System.nanoTime();
            Backups.Restored r = Backups.restore(dir.resolve(kind + ".zip"), dir.resolve(kind + "-restored"), "bench",
                    () -> passphrase.clone());
            System.out.printf("%s: restore + open + audit verify of %,d events %.2f s%n", kind, r.events(),
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.println("files in " + dir);
    }
}
