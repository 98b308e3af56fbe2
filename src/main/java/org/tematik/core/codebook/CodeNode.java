package org.tematik.core.codebook;

/** A code as lists and trees show it: with its path ("Theme > Code"), depth and how often it is used. */
public record CodeNode(Code code, String path, int depth, int codings) {
    public static final String PATH_SEPARATOR = " > ";
}
