package org.palisade.organisations;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An organisation's name in the reader's language: a state by its ISO code (the JDK knows every country's name
 * in every language we offer), any other organisation by {@code organisation.name.CODE} in the bundle, else as
 * registered. Templates use it as {@code @organisationNames}.
 */
@Component
public class OrganisationNames {

    private static final Map<String, String> ALPHA2_OF_ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(a2 -> new Locale("", a2).getISO3Country(), Function.identity(), (a, b) -> a));

    private final MessageSource messages;

    OrganisationNames(MessageSource messages) {
        this.messages = messages;
        // loads the JDK's country names of both page languages at start, not during someone's first page
        for (String language : new String[] {"en", "uk"}) {
            new Locale("", "UA").getDisplayCountry(Locale.forLanguageTag(language));
        }
    }

    /** "Netherlands" / "Нідерланди". */
    public String name(Organisation organisation, Locale language) {
        String code = organisation.code().value();
        String named = messages.getMessage("organisation.name." + code, null, null, language);
        if (named != null) {
            return named;
        }
        String alpha2 = ALPHA2_OF_ALPHA3.get(code);
        return organisation.state() && alpha2 != null ? new Locale("", alpha2).getDisplayCountry(language)
                : organisation.name();
    }

    /** "Netherlands (NLD)"; only the name when it already is or starts with the code ("NATO"). */
    public String label(Organisation organisation, Locale language) {
        String name = name(organisation, language);
        String code = organisation.code().value();
        return name.startsWith(code) ? name : name + " (" + code + ")";
    }

    /** The languages the pages speak, whose names search finds. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    /**
     * The organisation's names in every page language, lowercased and each once ("netherlands нідерланди"): what
     * search reads beside the registered name.
     */
    String searched(Organisation organisation) {
        Set<String> names = new LinkedHashSet<>();
        for (Locale language : LANGUAGES) {
            names.add(name(organisation, language).toLowerCase(language));
        }
        return String.join(" ", names);
    }

    /** For templates: the name in the page's language. */
    public String name(Organisation organisation) {
        return organisation == null ? "" : name(organisation, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** For templates: the label in the page's language. */
    public String label(Organisation organisation) {
        return organisation == null ? "" : label(organisation, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
