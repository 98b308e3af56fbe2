package org.tematik.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.history.Command;
import org.tematik.core.project.Project;
import org.tematik.core.source.SourceStructure;

/**
 * A seeded bilingual corpus in which codes can be learned: every code has its own Indonesian and English
 * words, and each paragraph mixes one topic's words (12 %), words of any topic (8 %, to confuse) and
 * shared filler (80 %). Paragraphs are coded with their topic, except about one in seven, which stays
 * uncoded. Topics are unevenly common, so "always the most frequent code" is a baseline worth beating.
 * One long uncoded source (300,000 characters) is there to time suggestions on.
 */
public final class TopicalCorpus {
    public static final String LONG_SOURCE = "long-interview";
    public static final int LONG_CHARS = 300_000;
    private static final String[] CODES = {"Budget and human resources", "Central coordination", "Leadership change",
        "Monitoring and evaluation", "Legal ambiguity", "Inter-agency integration", "Partner dynamics", "Stage: MoU"};
    private static final int[] WEIGHTS = {8, 6, 5, 4, 3, 3, 2, 2};
    private static final String[][] ID_WORDS = {
        {"anggaran", "dana", "APBD", "belanja", "biaya", "pegawai", "honor", "keuangan", "DPRD", "pendanaan", "SDM", "tunjangan"},
        {"kementerian", "pusat", "rekomendasi", "izin", "persetujuan", "Kemendagri", "Kemenlu", "surat", "menunggu", "birokrasi", "prosedur", "berjenjang"},
        {"wali", "pimpinan", "pergantian", "pilkada", "prioritas", "kepala", "jabatan", "mutasi", "visi", "pejabat", "terpilih", "menjabat"},
        {"evaluasi", "laporan", "pemantauan", "indikator", "capaian", "tahunan", "rapat", "target", "penilaian", "monitoring", "hasil", "ukuran"},
        {"peraturan", "pasal", "ayat", "perda", "tafsir", "multitafsir", "hukum", "ketentuan", "undang", "regulasi", "norma", "kabur"},
        {"dinas", "antar", "integrasi", "sektoral", "ego", "bappeda", "sinergi", "tumpang", "tindih", "lintas", "unit", "instansi"},
        {"mitra", "Yantai", "Tiongkok", "delegasi", "kunjungan", "timbal", "balik", "asimetris", "inisiatif", "partner", "hubungan", "pihak"},
        {"MoU", "nota", "kesepahaman", "penandatanganan", "draf", "naskah", "LoI", "klausul", "perjanjian", "ditandatangani", "tahap", "pasal-pasal"}};
    private static final String[][] EN_WORDS = {
        {"budget", "funding", "allocation", "spending", "salaries", "staff", "finance", "costs", "council", "fiscal", "money", "allowance"},
        {"ministry", "central", "recommendation", "permission", "approval", "minister", "letter", "waiting", "bureaucracy", "procedure", "clearance", "capital"},
        {"mayor", "leadership", "election", "priorities", "successor", "head", "office", "rotation", "vision", "officials", "elected", "term"},
        {"evaluation", "report", "monitoring", "indicators", "outcomes", "annual", "review", "targets", "assessment", "results", "measures", "progress"},
        {"regulation", "article", "clause", "bylaw", "interpretation", "ambiguous", "law", "provision", "statute", "legal", "norm", "unclear"},
        {"agencies", "integration", "sectoral", "silos", "planning", "synergy", "overlap", "overlapping", "cross", "units", "departments", "alignment"},
        {"partner", "Yantai", "China", "delegation", "visit", "reciprocity", "asymmetric", "initiative", "counterpart", "relationship", "side", "exchange"},
        {"memorandum", "understanding", "signing", "draft", "text", "letter-of-intent", "clauses", "agreement", "signed", "stage", "ceremony", "negotiation"}};
    private static final String[] ID_FILLER = ("yang dan di itu ini dengan untuk dari pada dalam kami kita mereka sudah belum "
            + "masih juga karena jadi kalau sangat sekali tahun kota kerja sama program pemerintah daerah kegiatan bidang "
            + "memang sebenarnya biasanya mungkin selalu kadang orang bagian waktu saat setelah sebelum lalu kemudian hal "
            + "cukup banyak sedikit baru lama baik buruk penting").split(" ");
    private static final String[] EN_FILLER = ("the and of to in that it is was for on with as we they this be at by from "
            + "have had not but or so very year city cooperation programme government regional work activity field "
            + "actually usually maybe always sometimes people part time when after before then later thing "
            + "quite many few new long good bad important").split(" ");

    /** What was made: sources, coded and uncoded paragraphs, and codings. */
    public record Result(int sources, int codedParagraphs, int uncodedParagraphs, int codings) {
    }

    private final Random random;

    private TopicalCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Creates the project in {@code dir}: {@code sources} coded sources of {@code paragraphs} paragraphs, plus the long one. */
    public static Result generate(Path dir, int sources, int paragraphs, long seed, String coder) {
        return generate(dir, sources, paragraphs, LONG_CHARS, seed, coder);
    }

    /** As above, with a long source of about {@code longChars} characters. */
    public static Result generate(Path dir, int sources, int paragraphs, int longChars, long seed, String coder) {
        return new TopicalCorpus(seed).run(dir, sources, paragraphs, longChars, coder);
    }

    private Result run(Path dir, int sourceCount, int paragraphs, int longChars, String coder) {
        Path files;
        try {
            files = Files.createTempDirectory("tematik-topical");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int coded = 0;
        int uncoded = 0;
        try (Project p = Project.init(dir, "Topical bilingual corpus", coder)) {
            List<UUID> codes = new ArrayList<>();
            for (String name : CODES) {
                codes.add(p.codebook().add(name, null, null, null).id());
            }
            List<Command> codings = new ArrayList<>();
            for (int s = 0; s < sourceCount; s++) {
                boolean english = s % 2 == 1;
                String name = (english ? "report-" : "wawancara-") + (s + 1);
                List<Integer> topics = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < paragraphs; i++) {
                    int topic = pickTopic();
                    topics.add(topic);
                    text.append(paragraph(topic, english)).append("\n\n");
                }
                UUID id = importText(p, files, name, text.toString(), english);
                List<SourceStructure.Paragraph> spans = p.sources().structure(id).paragraphs();
                if (spans.size() != paragraphs) {
                    throw new IllegalStateException("expected " + paragraphs + " paragraphs in " + name + ", got " + spans.size());
                }
                for (int i = 0; i < paragraphs; i++) {
                    if (random.nextInt(7) == 0) {
                        uncoded++;
                        continue;
                    }
                    coded++;
                    SourceStructure.Paragraph para = spans.get(i);
                    codings.add(AddCoding.fresh(id, codes.get(topics.get(i)), para.start(), para.end(), null));
                }
            }
            p.history().executeAll(codings, coder);
            StringBuilder longText = new StringBuilder();
            while (longText.length() < longChars) {
                longText.append(paragraph(pickTopic(), false)).append("\n\n");
            }
            importText(p, files, LONG_SOURCE, longText.substring(0, longText.lastIndexOf("\n\n", longChars)) + "\n", false);
            return new Result(sourceCount + 1, coded, uncoded, codings.size());
        }
    }

    private UUID importText(Project p, Path files, String name, String text, boolean english) {
        try {
            Path file = Files.writeString(files.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            p.sources().importFile(file, english ? "news" : "interview", english ? "document analysis" : "interview");
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (english) {
            p.attributes().set(Attribute.ON_SOURCE, name, Map.of("language", "en"));
        }
        return p.sources().resolve(name).id();
    }

    private int pickTopic() {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    private String paragraph(int topic, boolean english) {
        String[][] vocab = english ? EN_WORDS : ID_WORDS;
        String[] filler = english ? EN_FILLER : ID_FILLER;
        int words = 25 + random.nextInt(36);
        StringBuilder out = new StringBuilder();
        int sentence = 0;
        for (int w = 0; w < words; w++) {
            int roll = random.nextInt(100);
            String word = roll < 12 ? pick(vocab[topic])
                    : roll < 20 ? pick(vocab[random.nextInt(vocab.length)])
                    : pick(filler);
            if (sentence == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(word);
            sentence++;
            if (sentence >= 8 + random.nextInt(7) || w == words - 1) {
                out.append(". ");
                sentence = 0;
            } else {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
