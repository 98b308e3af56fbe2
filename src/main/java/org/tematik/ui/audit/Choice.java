package org.tematik.ui.audit;

/** An entry of a filter box: what it shows and the value it filters by (null = any). */
public record Choice(String label, String value) {
    @Override
    public String toString() {
        return label;
    }
}
