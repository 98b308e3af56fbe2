package org.tematik.testsupport;

import java.nio.file.Path;
import org.tematik.core.project.Project;

/**
 * A small closed project made once per test class and copied per test: two sources imported by alice,
 * no codes. Texts hold supplementary characters so code-point vs UTF-16 mistakes show.
 */
public final class BaseProject {
    public static final String INTERVIEW = "wawancara-dinas";
    public static final String INTERVIEW_TEXT = "Pak Budi 😀: Koordinasi dengan pusat sangat lambat.\n"
            + "Bu Sari: Anggaran dan SDM terbatas 𝄞 untuk program kota kembar.\n"
            + "Pak Budi: Wali kota baru mengubah prioritas.\n";
    public static final String REGULATION = "perda-2019";
    public static final String REGULATION_TEXT = "Peraturan Daerah Nomor 3 Tahun 2019 tentang kerja sama daerah.\n"
            + "Pasal 1: Kerja sama dengan pihak luar negeri dikoordinasikan oleh pusat.\n";

    private BaseProject() {
    }

    public static Path create(Path parent) {
        Path dir = parent.resolve("base");
        Path files = parent.resolve("base-files");
        try (Project p = Project.init(dir, "Kota kembar", "alice")) {
            p.sources().importFile(Files2.write(files, INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", "interview");
            p.sources().importFile(Files2.write(files, REGULATION + ".txt", REGULATION_TEXT), "regulation",
                    "document analysis");
        }
        return dir;
    }

    /** Code-point span [start, end) of the first occurrence of {@code part} in {@code text}. */
    public static int[] span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException(part);
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + part.codePointCount(0, part.length())};
    }
}
