package org.tematik.core.casebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value an attribute holds. Values are kept in one canonical text form per type. */
public enum AttributeType {
    TEXT, NUMBER, DATE, CHOICE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttributeType> parse(String name) {
        for (AttributeType t : values()) {
            if (t.label().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical form of a raw value ("2019.0" → "2019", a choice in its defined spelling), or empty when
     * the value does not fit this type. Dates are ISO (2019-03-31) so a spreadsheet sorts them.
     */
    public Optional<String> canonical(String raw, List<String> choices) {
        String v = raw.strip();
        switch (this) {
            case NUMBER -> {
                try {
                    BigDecimal n = new BigDecimal(v).stripTrailingZeros();
                    if (n.precision() - n.scale() > 20 || n.scale() > 10) { // what DECIMAL(30, 10) holds
                        return Optional.empty();
                    }
                    return Optional.of(n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            case DATE -> {
                try {
                    return Optional.of(LocalDate.parse(v).toString());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            case CHOICE -> {
                return choices.stream().filter(c -> c.equalsIgnoreCase(v)).findFirst();
            }
            default -> {
                return Optional.of(v);
            }
        }
    }

    /** The type a new attribute gets from its first values: number or date when they all read so, else text. */
    public static AttributeType infer(List<String> values) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (present.isEmpty()) {
            return TEXT;
        }
        if (present.stream().allMatch(v -> NUMBER.canonical(v, List.of()).isPresent())) {
            return NUMBER;
        }
        if (present.stream().allMatch(v -> DATE.canonical(v, List.of()).isPresent())) {
            return DATE;
        }
        return TEXT;
    }
}
