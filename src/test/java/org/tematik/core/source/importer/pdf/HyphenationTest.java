package org.tematik.core.source.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joining the lines of a paragraph: broken words re-joined, real hyphens kept. */
class HyphenationTest {
    @Test
    void brokenWordsAreRejoined() {
        assertThat(Hyphenation.join("rapat koordi-", "nasi pusat")).isEqualTo("rapat koordinasi pusat");
        assertThat(Hyphenation.join("pemerin\u2010", "tah")).isEqualTo("pemerintah");
        assertThat(Hyphenation.join("masya\u00AD", "rakat")).isEqualTo("masyarakat");
    }

    @Test
    void realHyphensStay() {
        assertThat(Hyphenation.join("isi MoU-", "nya")).isEqualTo("isi MoU-nya");
        assertThat(Hyphenation.join("anak-", "anak")).isEqualTo("anak-anak");
        assertThat(Hyphenation.join("Anak-", "anak sekolah")).isEqualTo("Anak-anak sekolah");
        assertThat(Hyphenation.join("kerja-", "kerjanya")).isEqualTo("kerja-kerjanya");
        assertThat(Hyphenation.join("tahun 2019-", "2020")).isEqualTo("tahun 2019-2020");
        assertThat(Hyphenation.join("Indonesia-", "Korea")).isEqualTo("Indonesia-Korea");
        assertThat(Hyphenation.join("hasilnya -", "kata mereka")).isEqualTo("hasilnya - kata mereka");
    }

    @Test
    void linesAreJoinedWithOneSpaceExceptBetweenChineseCharacters() {
        assertThat(Hyphenation.join("Pasal 5", "ayat (2)")).isEqualTo("Pasal 5 ayat (2)");
        assertThat(Hyphenation.join("上海", "市政府")).isEqualTo("上海市政府");
        assertThat(Hyphenation.join("", "awal")).isEqualTo("awal");
    }
}
