package org.tematik.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from the bundles, and English and Indonesian stay complete
 * (after JabRef's LocalizationConsistencyTest).
 */
class LocalizationConsistencyTest {
    /** Keys whose text is the same in both languages on purpose (names). */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "app.title", "app.titleWithProject", "menu.view.language.en", "menu.view.language.id",
            "agreement.view.version.quote");
    /** A key passed where a message is expected: tr("k"), new UserException(["cause",] "k"), a verification problem. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:\\btr|UserException|Verification\\.broken)\\((?:[^\"();]*?,\\s*)?\"([a-zA-Z0-9.]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9.]+)\"");
    private static final Pattern FXML_TEXT = Pattern.compile("\\b(?:text|promptText)=\"([^\"%$][^\"]*)\"");

    private static Properties english;
    private static Properties indonesian;
    private static String javaSources;
    private static String fxmlSources;

    @BeforeAll
    static void load() throws IOException {
        english = bundle("/org/tematik/messages.properties");
        indonesian = bundle("/org/tematik/messages_id.properties");
        javaSources = concat(Path.of("src/main/java"), ".java");
        fxmlSources = concat(Path.of("src/main/resources"), ".fxml");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(indonesian.stringPropertyNames()).as("keys missing from messages_id.properties")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing from messages.properties")
                .containsAll(indonesian.stringPropertyNames());
    }

    @Test
    void everyUsedKeyExists() {
        Set<String> used = new TreeSet<>(matches(KEY_USE, javaSources));
        used.addAll(matches(FXML_KEY, fxmlSources));
        used.removeAll(english.stringPropertyNames());
        assertThat(used).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> mentioned = new HashSet<>(matches(LITERAL, javaSources));
        mentioned.addAll(matches(FXML_KEY, fxmlSources));
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(mentioned);
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void everyKeyIsTranslated() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!SAME_IN_BOTH.contains(key) && english.getProperty(key).equals(indonesian.getProperty(key))) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("keys whose Indonesian text is still the English one").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : java.util.List.of("messages.properties", "messages_id.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/org/tematik", file))) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as("keys defined twice in " + file + " (the last one silently wins)").isEmpty();
        }
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (Properties bundle : java.util.List.of(english, indonesian)) {
            for (String key : bundle.stringPropertyNames()) {
                org.assertj.core.api.Assertions.assertThatCode(() -> new java.text.MessageFormat(bundle.getProperty(key)))
                        .as(key).doesNotThrowAnyException();
            }
        }
    }

    /** FXML shows %key texts as they are, without MessageFormat, so a doubled '' would show doubled. */
    @Test
    void fxmlTextsHaveNoMessageFormatQuoting() {
        Set<String> doubled = new TreeSet<>();
        for (String key : matches(FXML_KEY, fxmlSources)) {
            for (Properties bundle : java.util.List.of(english, indonesian)) {
                String text = bundle.getProperty(key, "");
                if (text.contains("''") || text.contains("{")) {
                    doubled.add(key);
                }
            }
        }
        assertThat(doubled).as("keys used in FXML whose text is written for MessageFormat").isEmpty();
    }

    @Test
    void fxmlHasNoHardCodedText() {
        assertThat(matches(FXML_TEXT, fxmlSources)).as("FXML text that should be %key").isEmpty();
    }

    @Test
    void indonesianIsServedForLanguageTagId() {
        java.util.Locale before = Messages.locale();
        try {
            Messages.setLocale(java.util.Locale.forLanguageTag("id-ID"));
            assertThat(Messages.tr("menu.file")).isEqualTo("Berkas");
            Messages.setLocale(java.util.Locale.ENGLISH);
            assertThat(Messages.tr("menu.file")).isEqualTo("File");
        } finally {
            Messages.setLocale(before);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String concat(Path root, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }
}
