package org.palisade.audit;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who did something, as a page says it: a person by their username, the application itself (demo data,
 * scheduled work, the user "system") as "the system" in the reader's language, as the history of changes says
 * it. Templates use it as {@code @actorNames.name(...)}.
 */
@Component
public class ActorNames {

    private final MessageSource messages;

    ActorNames(MessageSource messages) {
        this.messages = messages;
    }

    /** "coordinator-nato", or "the system" / "система". */
    public String name(String username, Locale language) {
        return ChangeReading.actor(username) instanceof String person ? person
                : messages.getMessage("audit.actor.system", null, language);
    }

    /** For templates: in the page's language. */
    public String name(String username) {
        return name(username, LocaleContextHolder.getLocale());
    }
}
