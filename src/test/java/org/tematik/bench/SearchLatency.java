package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchResult;
import org.tematik.core.source.ImportOptions;

/**
 * Measures corpus search on the design's synthetic size: 1,000 sources of 20,000 characters (20 M in all),
 * imported through the normal pipeline (which also indexes them). Not a test (no assertions on time): run
 * it by hand, see docs/performance.md. Words follow a skewed (Zipf-like) distribution over a generated
 * vocabulary plus the domain's terms and their Indonesian derivations, so common and rare terms both occur.
 */
public final class SearchLatency {
    private static final String[] DOMAIN = ("koordinasi berkoordinasi mengoordinasikan dikoordinasikan pemerintah daerah "
            + "kerja sama kota kembar anggaran kementerian pusat rekomendasi nota kesepahaman pelaksanaan evaluasi "
            + "pemantauan program pertukaran investasi pelabuhan kepemimpinan walikota dinas bappeda").split(" ");

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 2) { // an already generated project: measure the queries only
            try (Project project = Project.open(Path.of(args[2]), "bench")) {
                queries(project, vocabulary(new Random(7), 20_000));
            }
            return;
        }
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("tematik-search-bench");
        Path files = dir.resolve("files");
        Files.createDirectories(files);
        Random random = new Random(7);
        String[] vocabulary = vocabulary(random, 20_000);
        List<Path> paths = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < sources; i++) {
            String text = text(random, vocabulary, chars);
            total += text.length();
            Path f = files.resolve(String.format("source-%04d.txt", i));
            Files.writeString(f, text);
            paths.add(f);
        }
        try (Project project = Project.init(dir.resolve("project"), "bench", "bench")) {
            long t0 = System.nanoTime();
            project.sources().importFiles(paths, new ImportOptions("interview", "interview", null, null, 2, org.tematik.core.source.importer.ImportLimits.DEFAULT),
                    o -> { }, () -> false);
            System.out.printf("import + index: %d sources, %,d chars: %.1f s%n", sources, total, (System.nanoTime() - t0) / 1e9);
            deleteIndex(project);
            long t1 = System.nanoTime();
            project.search().refresh();
            System.out.printf("index rebuild from scratch: %.1f s; index size %.1f MB%n", (System.nanoTime() - t1) / 1e9,
                    size(project.dir().resolve(Project.INDEX_DIR)) / 1e6);
            queries(project, vocabulary);
        }
    }

    private static void queries(Project project, String[] vocabulary) {
        {
            String[] queries = {"koordinasi", "\"kerja sama\"", "anggaran AND kepemimpinan", "koordin*", "\"kota kembar\"~3",
                    "pelabuhan NOT investasi", vocabulary[5000]};
            for (String q : queries) {
                measure(project, q, 200);
                measure(project, q, Integer.MAX_VALUE);
            }
        }
    }

    private static void measure(Project project, String query, int limit) {
        for (int i = 0; i < 5; i++) {
            project.search().search(query, null, limit);
        }
        long[] nanos = new long[11];
        SearchResult last = null;
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            last = project.search().search(query, null, limit);
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        System.out.printf("%-28s %-10s %7d hits in %6d paragraphs: median %6.1f ms, max %6.1f ms%n", query,
                limit == Integer.MAX_VALUE ? "all hits" : "first " + limit, last.hits().size(), last.paragraphs(),
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static String[] vocabulary(Random random, int n) {
        String[] syllables = "ba be bi bu da de di du ka ke ki ku la le li lu ma me mi mu na ne ni nu pa pe pi pu ra re ri ru "
                .concat("sa se si su ta te ti tu ga gi gu ja ju wa ya an ar al ang").split(" ");
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            int parts = 2 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String text(Random random, String[] vocabulary, int chars) {
        StringBuilder text = new StringBuilder(chars + 200);
        StringBuilder paragraph = new StringBuilder();
        while (text.length() < chars) {
            String word = random.nextInt(12) == 0 ? DOMAIN[random.nextInt(DOMAIN.length)]
                    : vocabulary[(int) (vocabulary.length * Math.pow(random.nextDouble(), 3))];
            paragraph.append(paragraph.length() == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (paragraph.length() > 300 + random.nextInt(400)) {
                text.append(paragraph).append(".\n");
                paragraph.setLength(0);
            } else {
                paragraph.append(random.nextInt(10) == 0 ? ", " : " ");
            }
        }
        return text.toString();
    }

    private static void deleteIndex(Project project) throws java.io.IOException {
        project.search().close();
        try (var files = Files.list(project.dir().resolve(Project.INDEX_DIR))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static long size(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
