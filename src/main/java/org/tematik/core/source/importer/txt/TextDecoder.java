package org.tematik.core.source.importer.txt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tematik.core.util.Bytes;

/**
 * Turns the bytes of a text file into text, finding the encoding: a byte-order mark first, then
 * UTF-16 without a mark (every other byte zero), then strict UTF-8, then GB18030 when that decodes
 * cleanly into Chinese characters (partner cities' documents), and windows-1252 last, since
 * transcripts typed in Word on Windows are the usual non-UTF-8 case.
 */
public final class TextDecoder {
    public static final Charset CP1252 = Charset.forName("windows-1252");

    /** The decoded text with line endings made \n, and the encoding that was used. */
    public record Decoded(String text, Charset charset, boolean binary) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] b) {
        if (Bytes.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return done(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (Bytes.startsWith(b, 0xFF, 0xFE)) {
            return done(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (Bytes.startsWith(b, 0xFE, 0xFF)) {
            return done(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = unmarkedUtf16(b);
        if (utf16 != null) {
            return done(new String(b, utf16), utf16);
        }
        if (Bytes.hasNul(b, 8192)) {
            return new Decoded("", null, true);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return done(utf8, StandardCharsets.UTF_8);
        }
        String chinese = strict(b, GBK);
        if (chinese != null && looksChinese(chinese)) {
            return done(chinese, GBK); // a partner city's document saved in a Chinese Windows encoding
        }
        return done(new String(b, CP1252), CP1252);
    }

    /** GB18030 reads GBK and GB2312 too; Windows in China saves "ANSI" text in it. */
    public static final Charset GBK = Charset.forName("GB18030");
    private static final int MIN_HAN = 2;

    private static String strict(byte[] b, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notThis) {
            return null;
        }
    }

    /**
     * Windows-1252 text can decode as GB18030 by accident only where every accented letter happens to be
     * followed by a byte that completes a pair, and then yields a few ideographs among many Latin letters;
     * real Chinese text has ideographs making up a good share of its letters.
     */
    private static boolean looksChinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return han >= MIN_HAN && han * 20 >= letters;
    }

    private static Decoded done(String text, Charset charset) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        clean = clean.replace("\r\n", "\n").replace('\r', '\n');
        return new Decoded(clean, charset, false);
    }

    /**
     * UTF-16 without a byte-order mark: Latin-script text has a zero in every other byte, and what it
     * decodes to must read as text (few control characters), or a small binary file would pass.
     */
    public static Charset unmarkedUtf16(byte[] b) {
        Charset guess = zeroPattern(b);
        if (guess == null) {
            return null;
        }
        String sample = new String(b, 0, Math.min(b.length, 4096) & ~1, guess);
        long controls = sample.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        return controls <= sample.length() / 50 ? guess : null;
    }

    private static Charset zeroPattern(byte[] b) {
        int sample = Math.min(b.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }


}
