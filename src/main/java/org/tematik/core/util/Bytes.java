package org.tematik.core.util;

/** Byte-level checks for telling file contents apart. */
public final class Bytes {
    private Bytes() {
    }

    /** Whether {@code b} begins with the given bytes (given as ints 0–255). */
    public static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a NUL byte occurs in the first {@code limit} bytes: text (other than UTF-16) has none. */
    public static boolean hasNul(byte[] b, int limit) {
        int end = Math.min(b.length, limit);
        for (int i = 0; i < end; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
