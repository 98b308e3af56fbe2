package org.tematik.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IndonesianAnalyzerTest {
    private final Analyzer analyzer = new IndonesianSearchAnalyzer();

    @Test
    void affixedFormsShareTheRootsStem() throws IOException {
        String root = only(terms("koordinasi"));
        assertThat(terms("berkoordinasi")).contains(root);
        assertThat(terms("dikoordinasikan")).contains(root);
        assertThat(terms("mengoordinasikan")).as("meng- drops the k of koordinasi").contains(root);
        assertThat(terms("pengoordinasian")).contains(root);
        assertThat(terms("menulis")).as("men- drops t").contains(only(terms("tulis")));
        assertThat(terms("memukul")).as("mem- drops p").contains(only(terms("pukul")));
        assertThat(terms("menyusun")).as("meny- is Lucene's own rule").contains(only(terms("susun")));
        assertThat(terms("mengambil")).as("a vowel root keeps its own stem").contains(only(terms("ambil")));
    }

    @Test
    void lucenesStemmerAloneMissesTheDroppedConsonant() throws IOException {
        try (Analyzer plain = new org.apache.lucene.analysis.id.IndonesianAnalyzer()) {
            List<String> out = new ArrayList<>();
            try (TokenStream ts = plain.tokenStream("f", "mengoordinasikan")) {
                CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(t.toString());
                }
                ts.end();
            }
            assertThat(out).doesNotContain(only(terms("koordinasi"))); // why NasalPrefixFilter exists
        }
    }

    @Test
    void theRestoredFormSitsAtTheSamePositionAndOffsets() throws IOException {
        try (TokenStream ts = analyzer.tokenStream("f", "Dinas mengoordinasikan program")) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> seen = new ArrayList<>();
            while (ts.incrementToken()) {
                seen.add(t + "@" + pos.getPositionIncrement() + ":" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
            assertThat(seen).containsExactly("dinas@1:0-5", "oordinasi@1:6-22", "koordinasi@0:6-22", "program@1:23-30");
        }
    }

    @Test
    void restoreOnlyTouchesNasalPrefixesBeforeAVowel() {
        assertThat(NasalPrefixFilter.restore("mengirim")).isEqualTo("kirim");
        assertThat(NasalPrefixFilter.restore("penulis")).isEqualTo("tulis");
        assertThat(NasalPrefixFilter.restore("pemukul")).isEqualTo("pukul");
        assertThat(NasalPrefixFilter.restore("membangun")).isNull();
        assertThat(NasalPrefixFilter.restore("menyusun")).isNull();
        assertThat(NasalPrefixFilter.restore("kota")).isNull();
        assertThat(NasalPrefixFilter.restore("medan")).isNull();
    }

    @Test
    void stopWordsAreDroppedButSamaStaysForKerjaSama() throws IOException {
        assertThat(terms("yang dan kerja sama")).containsExactly("kerja", "sama");
    }

    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    private static String only(List<String> terms) {
        assertThat(terms).hasSize(1);
        return terms.get(0);
    }
}
