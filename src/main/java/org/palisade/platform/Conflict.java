package org.palisade.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/** A request refused because of the record's current state: an illegal transition or a stale version (409). */
public class Conflict extends RuntimeException {

    private final transient Refusal refusal;

    /** A refusal found at the edge, said only in English. */
    public Conflict(String message) {
        super(message);
        this.refusal = null;
    }

    /** A module's refusal: the API's English and the pages' wording come from its {@link RefusalWords}. */
    public Conflict(Refusal refusal) {
        super(Refusals.english(refusal));
        this.refusal = refusal;
    }

    /** The refusal as a value, or null when it was found at the edge and has only a message. */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * The refusal in bundle words, in the language of the request being answered; a refusal found at the edge
     * keeps its English message as it is.
     */
    public MessageSourceResolvable wording() {
        return refusal != null ? Refusals.wording(refusal, LocaleContextHolder.getLocale())
                : new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"refused"},
                        null, getMessage());
    }

    /** @see StaleVersion */
    public static Conflict staleVersion(String what, Object id, long expected) {
        return new Conflict(new StaleVersion(what, id, expected));
    }
}
