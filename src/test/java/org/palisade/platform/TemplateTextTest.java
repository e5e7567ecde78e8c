package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from the message bundles, in both languages: a template holding literal
 * text, a key missing in one language, or an untranslated Ukrainian text fails the build.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    /** Attributes a person reads (or hears from a screen reader): they must come from messages too. */
    static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
            "aria-description", "label", "data-confirm", "hx-confirm");
    /** Keys whose value is the same in both languages on purpose: names, language labels, symbols. */
    static final Set<String> SAME_IN_BOTH = Set.of("app.name", "lang.en.short", "lang.en.name",
            "lang.uk.short", "lang.uk.name",
            // patterns made only of placeholders and symbols read the same in both languages
            "audit.history.set", "audit.history.change", "audit.history.actor", "glossary.purl", "waiting.heading",
            // a name: the program is PURL in every language
            "program.PURL");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");
    static final Pattern JAVA_KEY = Pattern.compile("new Notice\\(\"([^\"]+)\"");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(LiteralFinder.find(template));
        }
        assertThat(literals).as("text written into templates instead of message keys").isEmpty();
    }

    @Test
    void literalTextIsDetected() throws Exception {
        // guards the guard: the finder must see a hard-coded word and a hard-coded attribute
        Path sample = Files.createTempFile("sample", ".html");
        Files.writeString(sample, """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <p th:text="#{ok.key}"></p><p>Packages</p>
                <input aria-label="Amount" name="amount"><span>&nbsp;12 &middot;</span>
                <script>var notText = "words";</script>
                </body></html>""");
        assertThat(LiteralFinder.find(sample)).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("Packages"))
                .anySatisfy(l -> assertThat(l).contains("aria-label"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties en = bundle("en");
        Properties uk = bundle("uk");
        assertThat(difference(en.stringPropertyNames(), uk.stringPropertyNames())).as("keys missing in Ukrainian").isEmpty();
        assertThat(difference(uk.stringPropertyNames(), en.stringPropertyNames())).as("keys missing in English").isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesAndPagesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    // a key ending in "." is a prefix completed at run time: EnumLabelsTest covers those
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, bundle("en").stringPropertyNames())).as("keys missing in English").isEmpty();
        assertThat(difference(used, bundle("uk").stringPropertyNames())).as("keys missing in Ukrainian").isEmpty();
    }

    @Test
    void ukrainianTextsAreTranslated() throws IOException {
        Properties en = bundle("en");
        Properties uk = bundle("uk");
        List<String> untranslated = uk.stringPropertyNames().stream()
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .filter(key -> uk.getProperty(key).equals(en.getProperty(key))
                        || !uk.getProperty(key).matches("(?s).*\\p{IsCyrillic}.*"))
                .sorted().toList();
        assertThat(untranslated).as("Ukrainian values that are not Ukrainian").isEmpty();
    }

    @Test
    void messagesWithArgumentsHaveNoBareApostrophes() throws IOException {
        // MessageFormat swallows a single ' in a message with {0}: Ukrainian words such as "м'який" would break;
        // write the typographic apostrophe (’) instead
        for (String language : List.of("en", "uk")) {
            Properties messages = bundle(language);
            List<String> broken = messages.stringPropertyNames().stream()
                    .filter(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*")
                            && messages.getProperty(key).replace("''", "").contains("'"))
                    .sorted().toList();
            assertThat(broken).as("messages in %s with {n} and a bare apostrophe", language).isEmpty();
        }
    }

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_" + language + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found;
        }
    }

    /** Walks one template and reports readable text that does not come from a message key. */
    static final class LiteralFinder extends AbstractMarkupHandler {

        private final String file;
        private final List<String> found = new ArrayList<>();
        private String element = "";
        private int rawDepth;

        private LiteralFinder(String file) {
            this.file = file;
        }

        static List<String> find(Path template) throws IOException {
            LiteralFinder finder = new LiteralFinder(template.toString());
            try {
                new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template), finder);
            } catch (org.attoparser.ParseException e) {
                throw new IllegalStateException("Cannot parse " + template, e);
            }
            return finder.found;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            element = new String(buffer, offset, len).toLowerCase();
            if (element.equals("script") || element.equals("style")) {
                rawDepth++;
            }
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            element = new String(buffer, offset, len).toLowerCase();
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            String name = new String(buffer, offset, len).toLowerCase();
            if (name.equals("script") || name.equals("style")) {
                rawDepth--;
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len);
            if (rawDepth == 0 && readable(text)) {
                found.add(file + ":" + line + " <" + element + "> \"" + text.strip() + "\"");
            }
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
                int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
            String name = new String(buffer, nameOffset, nameLen).toLowerCase();
            String value = new String(buffer, valueContentOffset, valueContentLen);
            if (READ_ATTRIBUTES.contains(name) && readable(value)) {
                found.add(file + ":" + nameLine + " " + name + "=\"" + value + "\"");
            }
        }

        /** Letters are words; entities such as &nbsp; and symbols such as · are not. */
        private static boolean readable(String text) {
            return text.replaceAll("&[a-zA-Z]+;|&#\\d+;", "").codePoints().anyMatch(Character::isLetter);
        }
    }
}
