package org.tematik.testsupport;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.project.Project;

/**
 * Small projects where the right code is obvious: coded Indonesian and English paragraphs about budgets,
 * coordination and leadership, and one uncoded source per language with a new paragraph on each topic.
 */
public final class SuggestCorpus {
    public static final String CODED = "rapat-anggaran";
    public static final String CODED_TEXT = String.join("\n\n",
            "Anggaran untuk program kota kembar sangat terbatas tahun ini.",
            "Dana APBD dan anggaran belanja dinas dipotong oleh DPRD.",
            "Koordinasi dengan kementerian luar negeri berjalan lambat sekali.",
            "Rapat koordinasi antar dinas jarang diadakan.",
            "Wali kota baru mengganti kepala biro kerja sama.",
            "Pergantian pimpinan membuat program berhenti.") + "\n";
    public static final String NEW = "wawancara-baru";
    public static final String NEW_TEXT = String.join("\n\n",
            "Anggaran daerah untuk pertukaran pelajar belum disetujui.",
            "Koordinasi dengan provinsi juga lambat.",
            "Cuaca hari itu cerah.") + "\n";
    public static final String EN_CODED = "council-minutes";
    public static final String EN_CODED_TEXT = String.join("\n\n",
            "The budget for the exchange programme was cut again.",
            "Funding from the city budget is limited and the budgets are late.",
            "Coordination with the ministry is slow and meetings are rare.",
            "The new mayor replaced the head of the cooperation office.") + "\n";
    public static final String EN_NEW = "report-2024";
    public static final String EN_NEW_TEXT = "The regional budget has no line for sister city work.\n\n"
            + "Meetings for coordination between the agencies were cancelled.\n";

    private SuggestCorpus() {
    }

    /** The project, with codes Budget, Koordinasi and Kepemimpinan and each coded paragraph coded by alice. */
    public static Path create(Path parent) {
        Path dir = parent.resolve("suggest");
        Path files = parent.resolve("suggest-files");
        try (Project p = Project.init(dir, "Saran", "alice")) {
            p.sources().importFile(Files2.write(files, CODED + ".txt", CODED_TEXT), "interview", "interview");
            p.sources().importFile(Files2.write(files, NEW + ".txt", NEW_TEXT), "interview", "interview");
            p.sources().importFile(Files2.write(files, EN_CODED + ".txt", EN_CODED_TEXT), "news", "document analysis");
            p.sources().importFile(Files2.write(files, EN_NEW + ".txt", EN_NEW_TEXT), "news", "document analysis");
            p.attributes().set(Attribute.ON_SOURCE, EN_CODED, Map.of("language", "en"));
            p.attributes().set(Attribute.ON_SOURCE, EN_NEW, Map.of("language", "en"));
            UUID budget = p.codebook().add("Budget", null, "Money and staff", null).id();
            UUID coordination = p.codebook().add("Koordinasi", null, null, null).id();
            UUID leadership = p.codebook().add("Kepemimpinan", null, null, null).id();
            UUID[] id = {budget, budget, coordination, coordination, leadership, leadership};
            codeParagraphs(p, CODED, CODED_TEXT, id);
            codeParagraphs(p, EN_CODED, EN_CODED_TEXT, new UUID[] {budget, budget, coordination, leadership});
        }
        return dir;
    }

    private static void codeParagraphs(Project p, String source, String text, UUID[] codes) {
        UUID sourceId = p.sources().resolve(source).id();
        String[] paragraphs = text.strip().split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            int[] span = BaseProject.span(text, paragraphs[i]);
            p.codings().code(sourceId, codes[i], span[0], span[1], null);
        }
    }
}
