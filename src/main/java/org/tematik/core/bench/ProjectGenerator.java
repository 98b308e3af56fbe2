package org.tematik.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.casebook.AssignSource;
import org.tematik.core.casebook.CreateCase;
import org.tematik.core.codebook.CreateCode;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.history.Command;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportSource;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.source.TextAssembler;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.storage.Database;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Hashing;
import org.tematik.core.util.UserException;

/**
 * Builds a large synthetic project for the benchmark, the same for the same seed: sources of mixed
 * types, methods, languages and cases (originals kept as UTF-8 text files), a hierarchical codebook,
 * codings by several coders that overlap, memos on some codings. Every change goes through the command
 * stack, so the trail has one hash-chained event per change; codings go in batches of
 * {@value #BATCH} per transaction (one commit each) to keep generation to minutes.
 */
public final class ProjectGenerator {
    private static final int BATCH = 1_000;
    private static final int MIN_SOURCE_CHARS = 100;
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    private static final String[] CODERS = {"ayu", "budi", "citra", "dewi", "eko", "fajar", "gita", "hendra", "indah", "joko"};
    private static final String[] CITIES = {"Tangerang – Yantai", "Bandung – Braunschweig", "Surabaya – Busan",
        "Semarang – Brisbane", "Medan – Ichikawa", "Makassar – Shenzhen", "Denpasar – Mossel Bay", "Yogyakarta – Kyoto",
        "Padang – Hildesheim", "Bogor – Saint Catharines", "Malang – Suwon", "Balikpapan – Kutai Partner"};

    /** What to generate. */
    public record Spec(int sources, long chars, int codes, int codings, int coders, long seed) {
        public Spec {
            if (sources < 1 || codes < 1 || codings < 0 || coders < 1 || coders > 100) {
                throw new UserException("bench.generate.error.counts");
            }
            if (chars < (long) MIN_SOURCE_CHARS * sources || chars / sources > Integer.MAX_VALUE / 2) {
                throw new UserException("bench.generate.error.chars", MIN_SOURCE_CHARS);
            }
        }
    }

    /** What was generated; {@code chainHead} is the hash of the last audit event, a digest of everything. */
    public record Result(int sources, long chars, int codes, int cases, int codings, int memos, long events, String chainHead) {
    }

    /** Hears how far generation is: a phase name and done/total. */
    public interface Progress {
        void step(String phase, long done, long total);
    }

    private record GeneratedSource(UUID id, String text, int[] paragraphStarts, int[] paragraphEnds) {
    }

    private final Random random;
    private final Random idRandom;
    private final SyntheticText texts;
    private final Spec spec;

    private ProjectGenerator(Spec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.idRandom = new Random(spec.seed() * 31 + 7);
        this.texts = new SyntheticText(random);
    }

    public static Result generate(Path dir, Spec spec, Progress progress) {
        return new ProjectGenerator(spec).run(dir, progress);
    }

    private Result run(Path dir, Progress progress) {
        List<String> coders = coderNames(spec.coders());
        Result result;
        try (Project project = Project.init(dir, "Synthetic study (seed " + spec.seed() + ")", coders.get(0),
                new SteppingClock(START, spec.seed()), nextId())) {
            CommandStack stack = project.history();
            List<CreateCode> codes = CodebookPlan.commands(spec.codes(), this::nextId,
                    () -> texts.sentence(SyntheticText.Language.ENGLISH));
            stack.executeAll(codes, coders.get(0));
            List<UUID> cases = createCases(stack, coders.get(0));
            List<GeneratedSource> sources = importSources(project, stack, coders, cases, progress);
            int memos = code(stack, coders, sources, codes.stream().map(CreateCode::id).toList(), progress);
            long events = project.audit().count();
            AuditEvent last = project.audit().page(events - 1, 1).get(0);
            result = new Result(sources.size(), spec.chars(), codes.size(), cases.size(), spec.codings(), memos, events, last.hash());
        }
        Database.compact(dir); // generation leaves much free space in the file; a long working life would reuse it
        return result;
    }

    private List<UUID> createCases(CommandStack stack, String coder) {
        int count = Math.max(1, Math.min(CITIES.length, spec.sources() / 10));
        List<Command> commands = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = nextId();
            ids.add(id);
            commands.add(new CreateCase(id, CITIES[i]));
        }
        stack.executeAll(commands, coder);
        return ids;
    }

    private List<GeneratedSource> importSources(Project project, CommandStack stack, List<String> coders, List<UUID> cases,
                                                Progress progress) {
        int[] sizes = sourceSizes();
        SyntheticText.Kind[] kinds = SyntheticText.Kind.values();
        List<GeneratedSource> out = new ArrayList<>();
        for (int i = 0; i < spec.sources(); i++) {
            SyntheticText.Kind kind = kinds[random.nextInt(kinds.length)];
            SyntheticText.Language language = SyntheticText.Language.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(3)];
            int caseIndex = random.nextInt(cases.size());
            String name = texts.name(kind, language, i + 1, CITIES[caseIndex]);
            var assembled = TextAssembler.assemble(new ExtractedDocument(texts.blocks(kind, language, sizes[i]), 0, "txt",
                    "UTF-8", List.of()));
            byte[] bytes = assembled.text().getBytes(StandardCharsets.UTF_8);
            String sha = Hashing.sha256(bytes);
            String stored = storeOriginal(project, sha, bytes);
            UUID id = nextId();
            SourceStructure structure = assembled.structure();
            Source source = new Source(id, name, sha, CodePoints.count(assembled.text()), kind.sourceType, kind.method, "txt", stored,
                    name + ".txt", bytes.length, "UTF-8", null, null, 0, structure.paragraphs().size(), null);
            String coder = coders.get(i % coders.size());
            List<Command> commands = new ArrayList<>(List.of(new ImportSource(source, assembled.text(), structure),
                    new AssignSource(cases.get(caseIndex), id)));
            if (cases.size() > 1 && random.nextInt(10) == 0) { // some sources concern two city pairs
                commands.add(new AssignSource(cases.get((caseIndex + 1) % cases.size()), id));
            }
            stack.executeAll(commands, coder);
            out.add(toGenerated(id, assembled.text(), structure));
            progress.step("sources", i + 1, spec.sources());
        }
        return out;
    }

    /** Sizes in code points, varied per source, summing to exactly the requested total. */
    private int[] sourceSizes() {
        double[] weights = new double[spec.sources()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.3 + random.nextDouble() * random.nextDouble() * 3;
            sum += weights[i];
        }
        long spare = spec.chars() - (long) MIN_SOURCE_CHARS * weights.length;
        int[] sizes = new int[weights.length];
        long given = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = MIN_SOURCE_CHARS + (int) (spare * weights[i] / sum);
            given += sizes[i];
        }
        sizes[sizes.length - 1] += (int) (spec.chars() - given);
        return sizes;
    }

    private static GeneratedSource toGenerated(UUID id, String text, SourceStructure structure) {
        List<SourceStructure.Paragraph> paragraphs = structure.paragraphs().stream().filter(p -> p.end() - p.start() > 1).toList();
        int[] starts = paragraphs.stream().mapToInt(SourceStructure.Paragraph::start).toArray();
        int[] ends = paragraphs.stream().mapToInt(SourceStructure.Paragraph::end).toArray();
        if (starts.length == 0) {
            starts = new int[] {0};
            ends = new int[] {text.length()};
        }
        return new GeneratedSource(id, text, starts, ends);
    }

    private static String storeOriginal(Project project, String sha, byte[] bytes) {
        Path file = project.sources().originalsDir().resolve(sha + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UserException(e, "import.error.store", file.getFileName(), file.getParent(), e.getMessage());
        }
        return Project.SOURCES_DIR + "/" + file.getFileName();
    }

    /** Codings in batches of up to {@value #BATCH}, each batch by one coder; returns how many carry a memo. */
    private int code(CommandStack stack, List<String> coders, List<GeneratedSource> sources, List<UUID> codes,
                     Progress progress) {
        long[] cumulative = new long[sources.size()];
        long total = 0;
        for (int i = 0; i < sources.size(); i++) {
            total += sources.get(i).text().length();
            cumulative[i] = total;
        }
        double[] codeWeights = codeWeights(codes.size());
        Set<String> taken = new HashSet<>();
        List<int[]> recent = new ArrayList<>(); // {source, start, end} of recent codings: overlaps come from here
        int memos = 0;
        int done = 0;
        int batchSize = Math.max(1, Math.min(BATCH, spec.codings() / (coders.size() * 4)));
        for (int turn = 0; done < spec.codings(); turn++) {
            String coder = coders.get(turn % coders.size()); // coders take turns, as in sessions of work
            List<Command> batch = new ArrayList<>();
            for (int n = Math.min(batchSize, spec.codings() - done); batch.size() < n; ) {
                int[] span = recent.size() > 8 && random.nextInt(4) == 0 ? overlap(recent.get(random.nextInt(recent.size())), sources)
                        : fresh(sources, cumulative, total);
                int code = pickCode(codeWeights);
                GeneratedSource s = sources.get(span[0]);
                if (!taken.add(span[0] + "/" + code + "/" + span[1] + "/" + span[2] + "/" + coder)) {
                    continue; // this coder already coded this span with this code: the command would refuse it
                }
                recent.add(span);
                if (recent.size() > 64) {
                    recent.remove(0);
                }
                boolean memo = random.nextInt(20) == 0;
                memos += memo ? 1 : 0;
                batch.add(new AddCoding(nextId(), s.id(), codes.get(code), span[1], span[2],
                        memo ? texts.sentence(SyntheticText.Language.values()[random.nextInt(2)]) : null, null, null,
                        memo ? nextId() : null));
            }
            stack.executeAll(batch, coder);
            done += batch.size();
            progress.step("codings", done, spec.codings());
        }
        return memos;
    }

    /** A span in a source drawn by length (so codings spread evenly over the text): a paragraph or part of one. */
    private int[] fresh(List<GeneratedSource> sources, long[] cumulative, long total) {
        long at = (long) (random.nextDouble() * total);
        int index = Arrays.binarySearch(cumulative, at + 1);
        index = index >= 0 ? index : -index - 1;
        index = Math.min(index, sources.size() - 1);
        GeneratedSource s = sources.get(index);
        int p = random.nextInt(s.paragraphStarts().length);
        int start = s.paragraphStarts()[p];
        int end = s.paragraphEnds()[p];
        if (random.nextBoolean() && end - start > 80) {
            start = wordStart(s.text(), start + random.nextInt((end - start) / 2), start);
            end = Math.min(end, wordEnd(s.text(), start + 40 + random.nextInt(360), end));
        }
        return new int[] {index, start, Math.max(end, start + 1)};
    }

    /** The same passage again, or one that starts or ends a little differently: codings overlap as in real work. */
    private int[] overlap(int[] earlier, List<GeneratedSource> sources) {
        String text = sources.get(earlier[0]).text();
        int start = earlier[1];
        int end = earlier[2];
        switch (random.nextInt(3)) {
            case 0 -> start = wordStart(text, Math.max(0, start + (end - start) / 3), start);
            case 1 -> end = wordEnd(text, Math.min(text.length(), end + 20 + random.nextInt(100)), end);
            default -> { }
        }
        return new int[] {earlier[0], start, Math.max(end, start + 1)};
    }

    private static int wordStart(String text, int at, int floor) {
        int i = at;
        while (i > floor && text.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at, int ceiling) {
        int i = Math.min(at, text.length());
        while (i < ceiling && i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** Some codes are used far more than others (weight 1/sqrt(rank)), as in a real codebook. */
    private double[] codeWeights(int count) {
        double[] cumulative = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += 1 / Math.sqrt(i + 1);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private int pickCode(double[] cumulative) {
        double at = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, at);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private UUID nextId() {
        long hi = (idRandom.nextLong() & ~0xF000L) | 0x4000L; // version 4 layout, reproducible bits
        long lo = (idRandom.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static List<String> coderNames(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(i < CODERS.length ? CODERS[i] : "coder-" + (i + 1));
        }
        return names;
    }
}
