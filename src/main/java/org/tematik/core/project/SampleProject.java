package org.tematik.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.Source;
import org.tematik.core.util.CodePoints;

/**
 * The project a new user sees on first start: a small sister-city case study with synthetic
 * interviews (English and Indonesian), policy excerpts, a codebook and a few codings. It is built
 * through the ordinary services, so its audit trail is as real as any other.
 */
public final class SampleProject {
    private static final String RESOURCES = "/org/tematik/sample/";

    private record SampleFile(String name, String sourceType, String method) {
    }

    private static final List<SampleFile> FILES = List.of(
            new SampleFile("Interview 01 - Head of Cooperation Bureau.txt", "interview", "interview"),
            new SampleFile("Interview 02 - Planning Agency Official.txt", "interview", "interview"),
            new SampleFile("Wawancara 03 - Kepala Dinas Pendidikan.txt", "interview", "interview"),
            new SampleFile("Regulation excerpt - Regional cooperation abroad.txt", "regulation", "document-analysis"),
            new SampleFile("MoU excerpt - Tangerang and Yantai.txt", "agreement", "document-analysis"));

    /** Passages to code: source name, code path, the exact words, and an optional memo. */
    private static final String[][] CODINGS = {
        {"Interview 01 - Head of Cooperation Bureau", "Central coordination", "The central coordination takes a long time.",
            "Fourteen months for a ministry recommendation: compare with Article 7 of the regulation, which sets no deadline."},
        {"Interview 01 - Head of Cooperation Bureau", "Leadership change", "When the mayor changed after the 2018 election, the new leadership had other priorities."},
        {"Interview 01 - Head of Cooperation Bureau", "Institutional capacity > Budget and human resources", "There is no dedicated budget line."},
        {"Interview 01 - Head of Cooperation Bureau", "Monitoring and evaluation", "Honestly, monitoring is weak."},
        {"Interview 02 - Planning Agency Official", "Institutional capacity > Inter-agency integration", "Integration between agencies is the main problem."},
        {"Interview 02 - Planning Agency Official", "Legal ambiguity", "The regulations are not always clear."},
        {"Interview 02 - Planning Agency Official", "Partner dynamics", "The partner dynamics are asymmetric"},
        {"Wawancara 03 - Kepala Dinas Pendidikan", "Central coordination", "koordinasi dengan biro kerja sama sering terlambat"},
        {"Wawancara 03 - Kepala Dinas Pendidikan", "Institutional capacity > Budget and human resources", "Anggaran sangat terbatas."},
        {"Wawancara 03 - Kepala Dinas Pendidikan", "Leadership change", "Pergantian pimpinan membuat program berhenti satu tahun."},
        {"Regulation excerpt - Regional cooperation abroad", "Central coordination", "A draft Memorandum of Understanding shall be submitted to the Minister of Home Affairs for consideration"},
        {"Regulation excerpt - Regional cooperation abroad", "Legal ambiguity", "within a period to be further regulated"},
        {"MoU excerpt - Tangerang and Yantai", "Monitoring and evaluation", "meets at least once a year to prepare and evaluate programmes"},
    };

    private SampleProject() {
    }

    public static Project create(Path dir, String coder) {
        Project project = Project.init(dir, "Sample study: Tangerang–Yantai sister city", coder);
        try {
            importSources(project);
            buildCodebook(project.codebook());
            codePassages(project);
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
        return project;
    }

    private static void importSources(Project project) {
        Path staging;
        try {
            staging = Files.createTempDirectory("tematik-sample");
            for (SampleFile f : FILES) {
                try (InputStream in = SampleProject.class.getResourceAsStream(RESOURCES + f.name())) {
                    if (in == null) {
                        throw new IllegalStateException("sample file missing from the build: " + f.name());
                    }
                    Path file = staging.resolve(f.name());
                    Files.copy(in, file);
                    ImportOutcome outcome = project.sources().importFile(file, f.sourceType(), f.method());
                    Files.delete(file);
                    if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                        throw new IllegalStateException("sample import failed: " + outcome);
                    }
                }
            }
            Files.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void buildCodebook(CodebookService codebook) {
        codebook.add("Institutional capacity", null,
                "The ability of the local government to run the cooperation: money, people, organisation.", "#0072b2");
        codebook.add("Budget and human resources", "Institutional capacity",
                "Funding lines, staff numbers and skills (languages, diplomacy) available for the cooperation.", "#56b4e9");
        codebook.add("Inter-agency integration", "Institutional capacity",
                "Whether the agencies involved plan and act together.", "#009e73");
        codebook.add("Central coordination", null,
                "Approvals, recommendations and procedures that involve the central ministries.", "#e69f00");
        codebook.add("Leadership change", null,
                "Effects of a new mayor or new officials on the cooperation.", "#d55e00");
        codebook.add("Legal ambiguity", null, "Unclear or changing rules on regional cooperation abroad.", "#cc79a7");
        codebook.add("Partner dynamics", null, "How the foreign partner behaves and what it brings.", "#999999");
        codebook.add("Monitoring and evaluation", null, "How results are reported, measured and evaluated.", "#f0e442");
    }

    private static void codePassages(Project project) {
        for (String[] c : CODINGS) {
            Source source = project.sources().resolve(c[0]);
            Code code = project.codebook().resolve(c[1]);
            CodePoints text = project.sources().codePoints(source.id());
            int utf16 = text.text().indexOf(c[2]);
            if (utf16 < 0) {
                throw new IllegalStateException("sample passage not found: " + c[2]);
            }
            int start = text.toCodePoint(utf16);
            int end = text.toCodePoint(utf16 + c[2].length());
            project.codings().code(source.id(), code.id(), start, end, c.length > 3 ? c[3] : null);
        }
    }
}
