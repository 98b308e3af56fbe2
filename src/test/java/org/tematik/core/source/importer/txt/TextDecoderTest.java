package org.tematik.core.source.importer.txt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.testsupport.Files2.bytes;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Wawancara: kerja sama Tangerang–Yantai 😀 é\nbaris dua";

    @Test
    void utf8WithoutBom() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.binary()).isFalse();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void utf8WithBomDropsTheMark() {
        TextDecoder.Decoded d = TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(TEXT).doesNotContain("\uFEFF");
    }

    @Test
    void utf16LeWithBom() {
        TextDecoder.Decoded d = TextDecoder.decode(bytes(0xFF, 0xFE, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void utf16BeWithBom() {
        TextDecoder.Decoded d = TextDecoder.decode(bytes(0xFE, 0xFF, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void utf16LeWithoutBom() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(d.binary()).isFalse();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void utf16BeWithoutBom() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(d.binary()).isFalse();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void windows1252() {
        // "Café “kota” – naïve" as Word on Windows saves it
        byte[] b = bytes("Caf", 0xE9, " ", 0x93, "kota", 0x94, " ", 0x96, " na", 0xEF, "ve");
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertThat(d.binary()).isFalse();
        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(d.text()).isEqualTo("Café \u201Ckota\u201D \u2013 naïve");
    }

    @Test
    void chineseWindowsTextIsReadAsGb18030() {
        String memo = "烟台市人民政府外事办公室: 友好城市合作备忘录 (Tangerang)\n第二条";
        TextDecoder.Decoded d = TextDecoder.decode(memo.getBytes(Charset.forName("GBK")));
        assertThat(d.charset()).isEqualTo(TextDecoder.GBK);
        assertThat(d.text()).isEqualTo(memo);
    }

    @Test
    void indonesianWindowsTextStaysWindows1252EvenWhereItCouldPassForGb18030() {
        // high bytes in pairs ("Ã©" style mojibake would pair them), but no two ideographs: still windows-1252
        String text = "Kerja sama “kota kembar” – café, naïve, Pasal 7 ayat (2) — selesai.";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void aFewAccidentalIdeographsAmongLatinTextAreNotChinese() {
        // every é here is followed by a letter, so these windows-1252 bytes also decode as GB18030 ("R閟um閟…"),
        // into 5 ideographs among 120 Latin letters
        String text = "Résumés rapat: kerja sama kota kembar Tangerang dan Yantai, dibahas bersama pejabat daerah "
                + "dan kementerian; hasilnya dicatat dalam notulen rapat. Détails dérivés";
        byte[] b = text.getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertThat(d.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void plainAsciiIsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("just ascii".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo("just ascii");
    }

    @Test
    void crlfAndLoneCrBecomeNewlines() {
        TextDecoder.Decoded d = TextDecoder.decode("a\r\nb\rc\n\r\nd\r".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("a\nb\nc\n\nd\n");
    }

    @Test
    void lineEndingsAreNormalisedInEveryEncoding() {
        String crlf = "satu\r\ndua\rtiga";
        assertThat(TextDecoder.decode(bytes(0xFF, 0xFE, crlf.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo("satu\ndua\ntiga");
        assertThat(TextDecoder.decode(crlf.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo("satu\ndua\ntiga");
        assertThat(TextDecoder.decode(bytes("caf", 0xE9, "\r\nx")).text()).isEqualTo("café\nx");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] png = bytes(0x89, "PNG", 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, "IHDR", 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0);
        TextDecoder.Decoded d = TextDecoder.decode(png);
        assertThat(d.binary()).isTrue();
        assertThat(d.text()).isEmpty();
    }

    @Test
    void textWithASingleNulIsBinary() {
        assertThat(TextDecoder.decode(bytes("looks like text but ", 0, " has a NUL in it")).binary()).isTrue();
        assertThat(TextDecoder.decode(new byte[64]).binary()).isTrue();
    }

    @Test
    void emptyInputIsEmptyText() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);
        assertThat(d.binary()).isFalse();
        assertThat(d.text()).isEmpty();
    }
}
