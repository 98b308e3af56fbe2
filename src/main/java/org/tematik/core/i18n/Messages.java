package org.tematik.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence comes from {@code messages*.properties} through here.
 * Patterns are {@link MessageFormat}s, so a literal apostrophe is written {@code ''}.
 */
public final class Messages {
    public static final String BUNDLE = "org.tematik.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, INDONESIAN);

    private static volatile Locale locale = Locale.ENGLISH;

    private Messages() {
    }

    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key shows itself instead of crashing; the consistency test catches it
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale locale() {
        return locale;
    }

    /** Falls back to English for a language Tematik does not ship. */
    public static void setLocale(Locale requested) {
        locale = SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
