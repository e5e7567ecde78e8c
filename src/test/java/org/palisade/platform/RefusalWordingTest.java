package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals that only the server detects reach pages in the reader's language: each key a use case words a
 * refusal with exists in both languages with the same placeholders, and the API's answer is left as it was.
 */
class RefusalWordingTest {

    /** Keys given to a refusal as a literal: {@code "packages.refused.move.one"}, {@code "refused.stale"}. */
    static final Pattern REFUSAL_KEY = Pattern.compile("\"((?:[a-z-]+\\.)*refused\\.[a-z.-]*[a-z-])\"");
    /** The verbs of a refused requirement-list transition, completed to {@code requirements.refused.<verb>}. */
    static final Pattern LIST_VERB = Pattern.compile("refused\\(\"[^\"]+\"(?: \\+ action \\+ \"\\)\")?, \"([a-z-]+)\"\\)");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyRefusalKeyIsSaidInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(TemplateTextTest.JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher m = REFUSAL_KEY.matcher(text);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher verb = LIST_VERB.matcher(text);
                while (verb.find()) {
                    keys.add("requirements.refused." + verb.group(1));
                }
            }
        }
        // the scan must find the refusals of each module, or it proves nothing
        assertThat(keys).contains("refused.stale", "packages.refused.move.two", "organisations.refused.duplicate-code",
                "requirements.refused.one-open", "requirements.refused.be-submitted", "contributions.refused.stage",
                "refused.rate.missing");
        Properties en = TemplateTextTest.bundle("en");
        Properties uk = TemplateTextTest.bundle("uk");
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("English text of " + key).isNotBlank();
            assertThat(uk.getProperty(key)).as("Ukrainian text of " + key).isNotBlank();
            assertThat(placeholders(uk.getProperty(key))).as("placeholders of " + key + " in Ukrainian")
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void aMissingRateIsExplainedInTheReadersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("refused.rate.missing", java.util.Locale.forLanguageTag("uk"),
                "Немає обмінного курсу {0} на {1} або раніше");
        var missing = new org.palisade.money.MissingRate(org.palisade.money.CurrencyCode.of("SEK"),
                java.time.LocalDate.of(2025, 8, 4));
        assertThat(messages.getMessage(missing.wording(), java.util.Locale.forLanguageTag("uk")))
                .isEqualTo("Немає обмінного курсу SEK на 2025-08-04 або раніше");
        assertThat(missing.getMessage()).startsWith("No exchange rate for SEK on or before 2025-08-04");
    }

    @Test
    void theApiAnswersAViolationWithItsFieldAndEnglishMessageOnly() {
        Violation worded = new InvalidRequest("code", "an organisation with code NATO already exists",
                "organisations.refused.duplicate-code", "NATO").violations().get(0);
        assertThat(worded.wording()).isNotNull();
        String json = JsonMapper.builder().build().writeValueAsString(worded);
        assertThat(json).isEqualTo("{\"field\":\"code\",\"message\":\"an organisation with code NATO already exists\"}");
    }

    @Test
    void aWordedRefusalIsShownBesideItsFieldInTheReadersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("organisations.refused.duplicate-code", Locale.forLanguageTag("uk"),
                "Організація з кодом {0} вже існує.");
        BindingResult form = new BeanPropertyBindingResult(new Registration(), "form");
        InvalidRequest refusal = new InvalidRequest(List.of(
                new Violation("code", "an organisation with code NATO already exists",
                        Wording.of("an organisation with code NATO already exists", "organisations.refused.duplicate-code", "NATO")),
                new Violation("name", "name is required (at most 200 characters)")));

        FormRefusals.bind(refusal, form, field -> field);

        assertThat(messages.getMessage(form.getFieldError("code"), Locale.forLanguageTag("uk")))
                .isEqualTo("Організація з кодом NATO вже існує.");
        // a refusal without wording keeps the use case's own explanation
        assertThat(messages.getMessage(form.getFieldError("name"), Locale.forLanguageTag("uk")))
                .isEqualTo("name is required (at most 200 characters)");
    }

    @Test
    void aConflictWithoutWordingFallsBackToItsMessageAndAStaleVersionNamesTheRecord() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale uk = Locale.forLanguageTag("uk");
        messages.addMessage("refused.stale", uk, "Хтось інший тим часом змінив запис «{0} {1}».");
        messages.addMessage("audit.type.package", uk, "пакет");

        assertThat(messages.getMessage(Conflict.staleVersion("package", 3, 0).wording(), uk))
                .isEqualTo("Хтось інший тим часом змінив запис «пакет 3».");
        assertThat(messages.getMessage(new Conflict("package 3 is funded").wording(), uk))
                .isEqualTo("package 3 is funded");
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).distinct().sorted().toList();
    }

    /** A form with a code and a name, as the organisation form has. */
    public static class Registration {
        private String code;
        private String name;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
