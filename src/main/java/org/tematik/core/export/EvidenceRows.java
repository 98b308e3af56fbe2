package org.tematik.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tematik.core.matrix.Evidence;

/**
 * The Evidence sheet's data rows as SpreadsheetML, written straight into the sheet's zip entry while POI writes
 * the package around them (ADR 0025): no row and cell objects, no temporary file, UTF-8 encoded here.
 * Cells are what SXSSF wrote before: inline strings, page and paragraph left out where 0, and characters XML 1.0
 * cannot hold (control characters other than tab and line breaks, U+FFFE, U+FFFF, lone surrogates) as "?".
 */
final class EvidenceRows {
    /** Columns A–J in the order of the sheet's header. */
    private static final byte[][] COLUMNS = new byte[10][];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = ascii("<c r=\"" + (char) ('A' + c));
        }
    }

    private static final byte[] TEXT = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_KEEP_SPACE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] ROW_END = ascii("</row>\n");

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;
    private int row;

    private EvidenceRows(OutputStream out) {
        this.out = out;
    }

    /** Writes the evidence as rows {@code firstRow}, {@code firstRow + 1}… (1-based, as in the XML). */
    static void write(List<Evidence> evidence, int firstRow, OutputStream out) throws IOException {
        EvidenceRows w = new EvidenceRows(out);
        w.row = firstRow;
        for (Evidence e : evidence) {
            w.row(e);
        }
        w.flush();
    }

    private void row(Evidence e) throws IOException {
        putAscii("<row r=\"");
        digits(row);
        putAscii("\">");
        text(0, e.row());
        text(1, e.code());
        text(2, e.column());
        text(3, e.source());
        number(4, e.page(), false);
        number(5, e.paragraph(), false);
        text(6, e.coder());
        text(7, MatrixFiles.clip(e.quote()));
        number(8, e.start(), true);
        number(9, e.end(), true);
        put(ROW_END);
        row++;
    }

    private void cell(int col) throws IOException {
        put(COLUMNS[col]);
        digits(row);
    }

    private void text(int col, String value) throws IOException {
        String s = value == null ? "" : value;
        cell(col);
        put(keepsSpace(s) ? TEXT_KEEP_SPACE : TEXT);
        escaped(s);
        put(TEXT_END);
    }

    /** Page and paragraph are left empty where the source has none (0); start and end always count. */
    private void number(int col, int value, boolean always) throws IOException {
        if (value > 0 || always) {
            cell(col);
            put(NUMBER);
            digits(value);
            put(NUMBER_END);
        }
    }

    /** Leading or trailing white space is dropped by spreadsheet readers unless the cell says to keep it. */
    private static boolean keepsSpace(String s) {
        return !s.isEmpty() && (s.charAt(0) <= ' ' || s.charAt(s.length() - 1) <= ' ');
    }

    private void escaped(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            if (n > buf.length - 8) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> putAscii("&lt;");
                    case '>' -> putAscii("&gt;");
                    case '&' -> putAscii("&amp;");
                    case '\r' -> putAscii("&#xd;"); // a raw CR would be read back as a line feed
                    case '\t', '\n' -> buf[n++] = (byte) c;
                    default -> buf[n++] = (byte) (c < ' ' ? '?' : c);
                }
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void digits(int value) throws IOException {
        putAscii(Integer.toString(value));
    }

    private void putAscii(String s) throws IOException {
        if (n > buf.length - s.length()) {
            flush();
        }
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    private void put(byte[] b) throws IOException {
        if (n > buf.length - b.length) {
            flush();
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    private void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
