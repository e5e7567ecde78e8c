package org.palisade.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/** A request refused because of the record's current state: an illegal transition or a stale version (409). */
public class Conflict extends RuntimeException {

    private final transient Refusal refusal;
    private final String key;
    private final transient Object[] args;

    /** A refusal found at the edge, said only in English. */
    public Conflict(String message) {
        this(message, "refused");
    }

    /**
     * A refusal worded by the caller with a bundle key of its own; a module's rules give a {@link Refusal}
     * instead, and this is for refusals not yet turned into values.
     */
    public Conflict(String message, String key, Object... args) {
        super(message);
        this.refusal = null;
        this.key = key;
        this.args = args.clone();
    }

    /** A module's refusal: the API's English and the pages' wording come from its {@link RefusalWords}. */
    public Conflict(Refusal refusal) {
        super(Refusals.english(refusal));
        this.refusal = refusal;
        this.key = null;
        this.args = null;
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
                : new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {key},
                        args == null || args.length == 0 ? null : args, getMessage());
    }

    /** @see StaleVersion */
    public static Conflict staleVersion(String what, Object id, long expected) {
        return new Conflict(new StaleVersion(what, id, expected));
    }
}
