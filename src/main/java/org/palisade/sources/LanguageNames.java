package org.palisade.sources;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A source's language as a reader says it: "English" / "англійська" for the code "en" that the source form takes
 * and the API keeps. A code the JDK does not know is shown as it was given. Templates use it as
 * {@code @languageNames.name(...)}.
 */
@Component
public class LanguageNames {

    /** The language's name in the reader's language, or the code itself when it names no known language. */
    public String name(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Locale language = Locale.forLanguageTag(code.strip());
        String name = language.getDisplayLanguage(reader);
        return name.isEmpty() || name.equalsIgnoreCase(code.strip()) ? code : name;
    }

    /** For templates: in the page's language. */
    public String name(String code) {
        return name(code, LocaleContextHolder.getLocale());
    }
}
