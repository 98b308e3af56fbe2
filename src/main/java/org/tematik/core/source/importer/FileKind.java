package org.tematik.core.source.importer;

import org.tematik.core.source.importer.txt.TextDecoder;
import org.tematik.core.util.Bytes;

/** What a file really is, judged by its first bytes rather than its name. */
public enum FileKind {
    PDF, DOCX, DOC, ZIP, TEXT, BINARY;

    /** Sniffs the content: %PDF, a zip holding word/document.xml, an OLE2 compound file, text, or other. */
    public static FileKind of(byte[] b) {
        if (Bytes.startsWith(b, '%', 'P', 'D', 'F', '-') || indexOfPdfHeader(b) >= 0) {
            return PDF;
        }
        if (Bytes.startsWith(b, 'P', 'K', 3, 4)) {
            return containsAscii(b, "word/") ? DOCX : ZIP;
        }
        if (Bytes.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return DOC;
        }
        return looksBinary(b) ? BINARY : TEXT;
    }

    /** Some PDFs carry a few bytes of junk before the header; readers accept it within the first KB. */
    private static int indexOfPdfHeader(byte[] b) {
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 1; i < limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsAscii(byte[] b, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int limit = Math.min(b.length - n.length, 64 * 1024);
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < n.length; j++) {
                if (b[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** NUL bytes mean binary, unless the bytes are UTF-16 text (with or without a byte-order mark). */
    private static boolean looksBinary(byte[] b) {
        if (Bytes.startsWith(b, 0xFF, 0xFE) || Bytes.startsWith(b, 0xFE, 0xFF) || TextDecoder.unmarkedUtf16(b) != null) {
            return false;
        }
        return Bytes.hasNul(b, 8192);
    }

}
