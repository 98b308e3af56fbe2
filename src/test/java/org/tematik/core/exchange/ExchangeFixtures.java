package org.tematik.core.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.tematik.core.casebook.Case;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.Coding;
import org.tematik.core.memo.Memo;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Hashing;

/**
 * Generated projects for exchange tests: Indonesian, Arabic and emoji text (code points differ from UTF-16
 * units), a code hierarchy with definitions and criteria, two coders, memos on every kind of item, cases
 * with typed attributes. Built through {@link ApplyBatch}, the same command an import uses.
 */
final class ExchangeFixtures {
    static final String[] LINES = {
        "Pak Budi 😀: Koordinasi dengan pemerintah pusat sangat lambat, izin butuh enam bulan.",
        "قالت السيدة فاطمة: التعاون مع المدينة الشقيقة بدأ برسالة نوايا 🤝 سنة ٢٠١٥.",
        "Bu Sari: Anggaran dan SDM terbatas 𝄞 untuk program kota kembar Tangerang–Yantai.",
        "Wali kota baru 👩🏽‍💼 mengubah prioritas; MoU tidak diperpanjang.",
        "Evaluasi dan pemantauan belum ada indikatornya 📊, kata Kepala Bappeda.",
    };
    static final String[] CODES = {"Kapasitas kelembagaan", "Prosedur birokrasi", "Anggaran & SDM", "Perubahan kepemimpinan",
        "Monitoring dan evaluasi", "Dinamika mitra"};

    private ExchangeFixtures() {
    }

    /** Adds {@code sources} sources with about {@code codingsPerSource} codings each, by alice and bob. */
    static ExchangeBatch rich(Project p, int sources, int codingsPerSource, long seed) {
        return rich(p, sources, codingsPerSource, seed, 0);
    }

    /** {@code extraLines}: more lines per source, for benchmark-sized texts. */
    static ExchangeBatch rich(Project p, int sources, int codingsPerSource, long seed, int extraLines) {
        Random random = new Random(seed);
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        ExchangeBatch b = ExchangeBatch.empty();
        b.coders().add(new ExchangeDao.CoderRow(UUID.randomUUID(), "alice"));
        b.coders().add(new ExchangeDao.CoderRow(UUID.randomUUID(), "bob"));
        List<UUID> codeIds = new ArrayList<>();
        UUID theme = UUID.randomUUID();
        b.codes().add(new Code(theme, null, "Hambatan kerja sama ⚠️", "Apa pun yang memperlambat kerja sama.", null, null, null,
                "#AA3355", 1, t0, "alice"));
        for (int i = 0; i < CODES.length; i++) {
            UUID id = UUID.randomUUID();
            codeIds.add(id);
            b.codes().add(new Code(id, i < 3 ? theme : null, CODES[i], "Definisi " + i + ": " + LINES[i % LINES.length],
                    i % 2 == 0 ? "Termasuk: pernyataan pejabat" : null, i == 1 ? "Tidak termasuk: berita" : null,
                    i == 2 ? "\"Anggaran terbatas\"" : null, String.format("#%06X", 0x224466 + i * 0x111111 % 0xFFFFFF), i + 2,
                    t0, "alice"));
        }
        UUID caseA = UUID.randomUUID();
        UUID caseB = UUID.randomUUID();
        b.cases().add(new Case(caseA, "Tangerang–Yantai", "Kota kembar sejak 2015", t0));
        b.cases().add(new Case(caseB, "Bandung–Fort Worth", null, t0));
        UUID country = UUID.randomUUID();
        UUID year = UUID.randomUUID();
        UUID signed = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        b.attributes().add(new ExchangeDao.AttributeRow(country, "case", "Negara mitra", "text"));
        b.attributes().add(new ExchangeDao.AttributeRow(year, "case", "Tahun", "number"));
        b.attributes().add(new ExchangeDao.AttributeRow(signed, "case", "MoU ditandatangani", "date"));
        b.attributes().add(new ExchangeDao.AttributeRow(role, "source", "Jabatan", "text"));
        b.values().add(new ExchangeDao.ValueRow(country, caseA, "Tiongkok", null, null));
        b.values().add(new ExchangeDao.ValueRow(year, caseA, null, new BigDecimal("2015"), null));
        b.values().add(new ExchangeDao.ValueRow(signed, caseA, null, null, LocalDate.of(2016, 5, 12)));
        b.values().add(new ExchangeDao.ValueRow(country, caseB, "Amerika Serikat", null, null));
        b.values().add(new ExchangeDao.ValueRow(year, caseB, null, new BigDecimal("1990.5"), null));
        b.memos().add(new Memo(UUID.randomUUID(), "project", null, "Catatan proyek", "Fokus: triangulasi sumber 🔺.", "alice", t0, t0));
        b.memos().add(new Memo(UUID.randomUUID(), "code", codeIds.get(0), null, "Kode ini sering tumpang tindih.", "bob", t0, t0));
        for (int s = 0; s < sources; s++) {
            StringBuilder text = new StringBuilder("Transkrip " + (s + 1) + "\n");
            for (int k = 0; k < 3 + s % 4 + extraLines; k++) {
                text.append(LINES[(s + k) % LINES.length]).append('\n');
            }
            String content = text.toString();
            UUID sid = UUID.randomUUID();
            int chars = CodePoints.count(content);
            String sha = Hashing.sha256(content);
            b.sources().add(new ExchangeBatch.NewSource(new Source(sid, "Wawancara " + (s + 1), sha, chars, "interview", "interview",
                    "txt", "sources/" + sha + ".txt", "wawancara-" + (s + 1) + ".txt", content.length(), "UTF-8",
                    t0.plus(s, ChronoUnit.MINUTES), s % 2 == 0 ? "alice" : "bob", 0, 0, null), content,
                    MergePlanner.paragraphs(content)));
            b.caseSources().add(new ExchangeDao.CaseSourceRow(s % 2 == 0 ? caseA : caseB, sid));
            b.values().add(new ExchangeDao.ValueRow(role, sid, s % 3 == 0 ? "Kepala Dinas" : "Staf", null, null));
            if (s == 0) {
                b.memos().add(new Memo(UUID.randomUUID(), "source", sid, "Konteks", "Wawancara di kantor wali kota.", "alice", t0, t0));
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int c = 0; c < codingsPerSource; c++) {
                int start = random.nextInt(chars - 1);
                int end = Math.min(chars, start + 1 + random.nextInt(40));
                UUID gid = UUID.randomUUID();
                String coder = c % 2 == 0 ? "alice" : "bob";
                UUID code = codeIds.get(random.nextInt(codeIds.size()));
                if (!seen.add(code + "|" + start + "|" + end + "|" + coder)) {
                    continue; // the same coder codes a span with a code once
                }
                b.codings().add(new Coding(gid, sid, code, start, end, coder,
                        t0.plus(s * 1000L + c, ChronoUnit.SECONDS)));
                if (c % 7 == 0) {
                    b.memos().add(new Memo(UUID.randomUUID(), Memo.ON_CODING, gid, null, "Memo pengodean " + c + " ✍️", coder, t0, t0));
                }
            }
        }
        p.history().execute(new ApplyBatch("project.import", "fixture", b), p.coder());
        return b;
    }
}
