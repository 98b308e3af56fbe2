package org.tematik.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tematik.core.source.importer.Block;

/**
 * Text that reads like the sources of a sister-city case study: interview transcripts with speaker
 * turns, regulations with articles, agreements, planning documents, news and field notes, in
 * Indonesian, English or both. Everything comes from the caller's {@link Random}, so a seed gives the
 * same text every time. Blocks are what an importer would produce; their lengths are exact.
 */
final class SyntheticText {

    /** The kinds of source a generated project mixes, with the source type and method a user would pick. */
    enum Kind {
        INTERVIEW("interview", "interview", "Wawancara", "Interview"),
        FOCUS_GROUP("field-notes", "focus-group", "Diskusi kelompok terarah", "Focus group"),
        REGULATION("regulation", "document-analysis", "Peraturan Daerah", "Regulation"),
        AGREEMENT("agreement", "document-analysis", "Nota Kesepahaman", "Memorandum of Understanding"),
        PLANNING("planning", "document-analysis", "RPJMD", "Medium-term development plan"),
        NEWS("news", "document-analysis", "Berita", "News"),
        FIELD_NOTES("field-notes", "observation", "Catatan lapangan", "Field notes");

        final String sourceType;
        final String method;
        final String indonesianTitle;
        final String englishTitle;

        Kind(String sourceType, String method, String indonesianTitle, String englishTitle) {
            this.sourceType = sourceType;
            this.method = method;
            this.indonesianTitle = indonesianTitle;
            this.englishTitle = englishTitle;
        }

        boolean spoken() {
            return this == INTERVIEW || this == FOCUS_GROUP;
        }
    }

    private static final String[] ID_SUBJECTS = {"Pemerintah kota", "Biro kerja sama", "Bappeda", "Dinas pendidikan",
        "Kementerian Dalam Negeri", "Kota mitra", "Wali kota", "Sekretariat daerah", "Tim koordinasi", "DPRD",
        "Kementerian Luar Negeri", "Dinas pariwisata", "Kepala bagian", "Pemerintah provinsi"};
    private static final String[] ID_VERBS = {"menyiapkan", "mengevaluasi", "membahas", "menunda", "menandatangani",
        "mengusulkan", "melaksanakan", "memantau", "mengoordinasikan", "menganggarkan", "meninjau", "menindaklanjuti"};
    private static final String[] ID_OBJECTS = {"nota kesepahaman", "rencana aksi", "program pertukaran pelajar",
        "surat minat (LoI)", "anggaran kerja sama", "laporan tahunan", "rekomendasi kementerian", "kunjungan delegasi",
        "pelatihan aparatur", "investasi pelabuhan", "kerja sama kota kembar", "hibah peralatan", "magang guru"};
    private static final String[] ID_TAILS = {"setiap tahun", "setelah pergantian pimpinan", "tanpa anggaran khusus",
        "bersama kota mitra", "sesuai Permendagri", "dengan koordinasi pusat yang lambat", "pada tahap implementasi",
        "karena keterbatasan sumber daya manusia", "melalui surat resmi", "sebagaimana tercantum dalam RPJMD",
        "sejak penandatanganan MoU", "walaupun belum ada petunjuk teknis"};
    private static final String[] ID_OPENERS = {"Jadi, ", "Sebenarnya ", "Ya, ", "Menurut saya, ", "Kalau tidak salah, ",
        "Memang ", "", "", ""};
    private static final String[] EN_SUBJECTS = {"The city government", "The cooperation bureau", "The planning agency",
        "The education office", "The Ministry of Home Affairs", "The partner city", "The mayor", "The regional secretariat",
        "The coordination team", "The regional parliament", "The Ministry of Foreign Affairs", "The tourism office"};
    private static final String[] EN_VERBS = {"prepared", "evaluated", "discussed", "postponed", "signed", "proposed",
        "implemented", "monitored", "coordinated", "budgeted for", "reviewed", "followed up on"};
    private static final String[] EN_OBJECTS = {"the memorandum of understanding", "the action plan",
        "the student exchange programme", "the letter of intent", "the cooperation budget", "the annual report",
        "the ministry's recommendation", "the delegation visit", "the civil servant training", "the port investment",
        "the sister-city agreement", "the equipment grant", "the teacher internship"};
    private static final String[] EN_TAILS = {"every year", "after the change of leadership", "without a dedicated budget",
        "together with the partner city", "as the ministerial regulation requires", "while central coordination lagged",
        "during implementation", "because staff were too few", "through an official letter",
        "as set out in the development plan", "since the MoU was signed", "although no technical guidance exists"};
    private static final String[] EN_OPENERS = {"Well, ", "Honestly, ", "So ", "In my view, ", "As far as I remember, ",
        "Of course ", "", "", ""};

    private final Random random;

    SyntheticText(Random random) {
        this.random = random;
    }

    /** A source's blocks, joined with "\n" by the assembler, exactly {@code chars} code points long. */
    List<Block> blocks(Kind kind, Language language, int chars) {
        List<Block> blocks = new ArrayList<>();
        int length = 0;
        int number = 1;
        String[] speakers = speakers(kind, language);
        while (length < chars) {
            boolean heading = kind == Kind.REGULATION ? number % 4 == 1 : !kind.spoken() && number % 6 == 1;
            String text;
            if (kind.spoken()) {
                text = turn(speakers, number, language, kind == Kind.FOCUS_GROUP);
            } else if (kind == Kind.REGULATION) {
                text = heading ? (language.english() ? "Article " : "Pasal ") + (number / 4 + 1) : paragraph(language, 2 + random.nextInt(3));
            } else {
                text = heading ? heading(language, number / 6 + 1) : paragraph(language, 2 + random.nextInt(5));
            }
            int separator = blocks.isEmpty() ? 0 : 1;
            int room = chars - length - separator;
            if (text.length() >= room || room - text.length() <= 1) {
                text = cut(text, room); // the last block fills the source to the exact length
            }
            blocks.add(heading ? Block.heading(text, 0) : Block.paragraph(text, 0));
            length += separator + text.length();
            number++;
        }
        return blocks;
    }

    /** A source name a researcher might give it. */
    String name(Kind kind, Language language, int index, String caseName) {
        String title = language.english() ? kind.englishTitle : kind.indonesianTitle;
        return String.format("%s %04d - %s", title, index, caseName);
    }

    /** A sentence, for memos and code definitions. */
    String sentence(Language language) {
        return language.english()
                ? pick(EN_SUBJECTS) + " " + pick(EN_VERBS) + " " + pick(EN_OBJECTS) + " " + pick(EN_TAILS) + "."
                : pick(ID_SUBJECTS) + " " + pick(ID_VERBS) + " " + pick(ID_OBJECTS) + " " + pick(ID_TAILS) + ".";
    }

    private String turn(String[] speakers, int number, Language language, boolean group) {
        boolean asking = number % 2 == 1;
        String speaker = asking ? speakers[0] : speakers[1 + (group ? random.nextInt(speakers.length - 1) : 0)];
        String stamp = number % 5 == 0 ? String.format("[00:%02d:%02d] ", number / 2 % 60, random.nextInt(60)) : "";
        Language spoken = language == Language.MIXED ? (random.nextInt(3) == 0 ? Language.ENGLISH : Language.INDONESIAN) : language;
        String body = asking ? question(spoken) : answer(spoken, 2 + random.nextInt(5));
        return stamp + speaker + ": " + body;
    }

    private String question(Language language) {
        return language.english()
                ? "How did " + lower(pick(EN_SUBJECTS)) + " handle " + pick(EN_OBJECTS) + "?"
                : "Bagaimana " + lower(pick(ID_SUBJECTS)) + " menangani " + pick(ID_OBJECTS) + "?";
    }

    private String answer(Language language, int sentences) {
        StringBuilder b = new StringBuilder(pick(language.english() ? EN_OPENERS : ID_OPENERS));
        for (int i = 0; i < sentences; i++) {
            String s = sentence(language);
            b.append(i == 0 && b.length() > 0 ? lower(s) : (i == 0 ? "" : " ") + s);
        }
        return b.toString();
    }

    private String paragraph(Language language, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            Language l = language == Language.MIXED ? (random.nextBoolean() ? Language.ENGLISH : Language.INDONESIAN) : language;
            b.append(i == 0 ? "" : " ").append(sentence(l));
        }
        return b.toString();
    }

    private String heading(Language language, int n) {
        return (language.english() ? "Part " : "Bagian ") + n + ". " + (language.english() ? pick(EN_OBJECTS) : pick(ID_OBJECTS));
    }

    private static String[] speakers(Kind kind, Language language) {
        if (kind == Kind.FOCUS_GROUP) {
            return new String[] {language.english() ? "Moderator" : "Fasilitator", "P1", "P2", "P3", "P4"};
        }
        return language.english() ? new String[] {"Interviewer", "Respondent"} : new String[] {"Pewawancara", "Narasumber"};
    }

    /** Cuts to {@code room} characters without leaving a block blank or ending in a space. */
    private static String cut(String text, int room) {
        if (room <= 0) {
            return "";
        }
        String s = text.length() > room ? text.substring(0, room) : text + ".".repeat(room - text.length());
        return s.isBlank() || s.endsWith(" ") ? s.substring(0, s.length() - 1) + "." : s;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String lower(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(1 < s.length() ? 1 : 0)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The language of a source: Indonesian, English, or both (code-switching, as in many interviews). */
    enum Language {
        INDONESIAN, ENGLISH, MIXED;

        boolean english() {
            return this == ENGLISH;
        }
    }
}
