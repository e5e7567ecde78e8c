package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.ContributionRefusal;
import org.palisade.contributions.ContributionStage;
import org.palisade.money.Money;
import org.palisade.organisations.OrganisationRefusal;
import org.palisade.packages.PackageRefusal;
import org.palisade.packages.PackageStatus;
import org.palisade.requirements.ListRefusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals are values of their module and are worded at the edge: every refusal type has its key in both
 * languages with the same placeholders, the modules' rules name no bundle key and build no page sentence, and
 * the API's answer is left as it was.
 */
class RefusalWordingTest {

    /** Keys given to a refusal as a literal at the edge: {@code "rates.refused.header"}. */
    static final Pattern REFUSAL_KEY = Pattern.compile("\"((?:[a-z-]+\\.)*refused\\.[a-z.-]*[a-z-])\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    static final Locale UK = Locale.forLanguageTag("uk");

    /** Every refusal type of every module: the records each sealed refusal interface permits. */
    static List<Class<?>> refusalTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (RefusalWords<?> words : Refusals.all()) {
            Class<?>[] permitted = words.type().getPermittedSubclasses();
            types.addAll(permitted == null ? List.of(words.type()) : List.of(permitted));
        }
        return types;
    }

    @Test
    void everyRefusalTypeIsARecordOfFactsWithItsKeyInBothLanguages() throws IOException {
        List<Class<?>> types = refusalTypes();
        // the words of each module are found, or this proves nothing
        assertThat(Refusals.all().stream().<Class<?>>map(RefusalWords::type).toList()).contains(PackageRefusal.class,
                ContributionRefusal.class, ListRefusal.class, OrganisationRefusal.class, StaleVersion.class);
        assertThat(types).contains(PackageRefusal.IllegalMove.class, ListRefusal.IllegalStep.class);
        Properties en = TemplateTextTest.bundle("en");
        Properties uk = TemplateTextTest.bundle("uk");
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as(type.getName() + " is a record").isTrue();
            String key = Refusals.key(type);
            assertThat(en.getProperty(key)).as("English text of " + key).isNotBlank();
            assertThat(uk.getProperty(key)).as("Ukrainian text of " + key).isNotBlank();
            assertThat(placeholders(uk.getProperty(key))).as("placeholders of " + key + " in Ukrainian")
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void keysGivenAtTheEdgeAreSaidInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(TemplateTextTest.JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REFUSAL_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("rates.refused.header", "refused.rate.missing");
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
    void theRulesOfAModuleWithTypedRefusalsNameNoBundleKeyAndNoWording() throws IOException {
        for (String module : List.of("packages", "contributions", "requirements", "organisations")) {
            try (Stream<Path> sources = Files.list(TemplateTextTest.JAVA.resolve("org/palisade/" + module))) {
                for (Path source : sources.filter(RefusalWordingTest::isRuleOrUseCase).toList()) {
                    String text = Files.readString(source);
                    assertThat(REFUSAL_KEY.matcher(text).find()).as(source + " names a refusal key").isFalse();
                    assertThat(text).as(source + " words a refusal").doesNotContain("MessageSourceResolvable")
                            .doesNotContain("Refusals.term").doesNotContain("\"NotNull\"");
                }
            }
        }
    }

    /** Everything but the edge: pages, API controllers and the module's words. */
    private static boolean isRuleOrUseCase(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith(".java") && !name.endsWith("Pages.java") && !name.endsWith("Api.java")
                && !name.endsWith("RefusalWords.java") && !name.endsWith("Form.java");
    }

    @Test
    void anIllegalMoveIsSaidInBothLanguagesWithWhatIsAllowed() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var funded = new PackageRefusal.IllegalMove(3, PackageStatus.FUNDED, List.copyOf(PackageStatus.FUNDED.next()));
        var delivering = new PackageRefusal.IllegalMove(3, PackageStatus.DELIVERING,
                List.copyOf(PackageStatus.DELIVERING.next()));
        var cancelled = new PackageRefusal.IllegalMove(3, PackageStatus.CANCELLED, List.of());

        assertThat(Refusals.english(funded)).isEqualTo("package 3 is funded; only contract or cancel are allowed");
        assertThat(messages.getMessage(Refusals.wording(funded, Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("Package 3 has the status “" + messages.getMessage("package.status.FUNDED", null, Locale.ENGLISH)
                        + "”: only “" + messages.getMessage("package.action.contract", null, Locale.ENGLISH) + "” or “"
                        + messages.getMessage("package.action.cancel", null, Locale.ENGLISH) + "” is possible now.");
        assertThat(messages.getMessage(Refusals.wording(delivering, UK), UK))
                .isEqualTo("Пакет 3 має статус «" + messages.getMessage("package.status.DELIVERING", null, UK)
                        + "»: зараз можна лише «" + messages.getMessage("package.action.deliver", null, UK) + "».");
        assertThat(messages.getMessage(Refusals.wording(cancelled, Locale.ENGLISH), Locale.ENGLISH))
                .endsWith(": no further step is possible.");
    }

    @Test
    void aStageRuleIsSaidWithMoneyAndDatesAsTheReaderWritesThem() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        var above = new ContributionRefusal.AboveEarlierStage(ContributionStage.COMMITTED, Money.of("1000", "EUR"),
                Money.of("2000", "EUR"));
        var before = new ContributionRefusal.BeforeEarlierStage(ContributionStage.PLEDGED,
                java.time.LocalDate.of(2010, 6, 1), java.time.LocalDate.of(2010, 5, 1));

        // pages speak English as in the United Kingdom
        assertThat(messages.getMessage(Refusals.wording(above, Locale.UK), Locale.UK))
                .isEqualTo("At most 1,000.00 EUR: the amount committed.");
        assertThat(messages.getMessage(Refusals.wording(before, Locale.UK), Locale.UK))
                .isEqualTo("The date cannot be before the pledge (1 Jun 2010).");
        assertThat(Refusals.english(before)).isEqualTo("cannot be before the pledged date 2010-06-01 (was 2010-05-01)");
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
        Violation worded = new InvalidRequest("code", new OrganisationRefusal.DuplicateCode("NATO")).violations().get(0);
        assertThat(worded.wording()).isNotNull();
        assertThat(worded.refusal()).isEqualTo(new OrganisationRefusal.DuplicateCode("NATO"));
        String json = JsonMapper.builder().build().writeValueAsString(worded);
        assertThat(json).isEqualTo("{\"field\":\"code\",\"message\":\"an organisation with code NATO already exists\"}");
    }

    @Test
    void aWordedRefusalIsShownBesideItsFieldInTheReadersLanguage() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("organisations.refused.duplicate-code", UK, "Організація з кодом {0} вже існує.");
        BindingResult form = new BeanPropertyBindingResult(new Registration(), "form");
        InvalidRequest refusal = new InvalidRequest(List.of(
                new Violation("code", new OrganisationRefusal.DuplicateCode("NATO")),
                new Violation("name", "name is required (at most 200 characters)")));

        LocaleContextHolder.setLocale(UK);
        try {
            FormRefusals.bind(refusal, form, field -> field);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        assertThat(messages.getMessage(form.getFieldError("code"), UK)).isEqualTo("Організація з кодом NATO вже існує.");
        // a refusal without wording keeps its own explanation
        assertThat(messages.getMessage(form.getFieldError("name"), UK)).isEqualTo("name is required (at most 200 characters)");
    }

    @Test
    void aConflictWithoutWordingFallsBackToItsMessageAndAStaleVersionNamesTheRecord() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("refused.stale-version", UK, "Хтось інший тим часом змінив запис «{0} {1}».");
        messages.addMessage("audit.type.package", UK, "пакет");

        assertThat(messages.getMessage(Conflict.staleVersion("package", 3, 0).wording(), UK))
                .isEqualTo("Хтось інший тим часом змінив запис «пакет 3».");
        assertThat(Conflict.staleVersion("package", 3, 0).refusal()).isEqualTo(new StaleVersion("package", 3, 0));
        assertThat(messages.getMessage(new Conflict("package 3 is funded").wording(), UK)).isEqualTo("package 3 is funded");
    }

    @Test
    void aRefusalTypeIsKeyedAfterItsModuleAndName() {
        assertThat(Refusals.key(PackageRefusal.IllegalMove.class)).isEqualTo("packages.refused.illegal-move");
        assertThat(Refusals.key(ListRefusal.NotOwnRecipient.class)).isEqualTo("requirements.refused.not-own-recipient");
        assertThat(Refusals.key(StaleVersion.class)).isEqualTo("refused.stale-version");
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
