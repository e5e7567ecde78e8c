package org.palisade.platform;

import org.springframework.context.MessageSourceResolvable;

/** A request refused because of the record's current state: an illegal transition or a stale version (409). */
public class Conflict extends RuntimeException {

    private final transient MessageSourceResolvable wording;

    public Conflict(String message) {
        this(message, null);
    }

    /** A refusal pages can say in the reader's language; the message stays the API's English text. */
    public Conflict(String message, String key, Object... args) {
        super(message);
        this.wording = key == null ? null : Wording.of(message, key, args);
    }

    /** The refusal in bundle words: its own wording, or the English message as it is. */
    public MessageSourceResolvable wording() {
        return wording != null ? wording : Wording.of(getMessage(), "refused", new Object[0]);
    }

    /**
     * @param what the kind of record as the API names it ("requirement list"); pages name it with the key
     *             {@code audit.type.<what>}, as record histories do
     */
    public static Conflict staleVersion(String what, Object id, long expected) {
        return new Conflict(what + " " + id + " was changed by someone else (expected version " + expected
                + "); reload and try again", "refused.stale", Wording.term("audit.type." + what.replace(' ', '-')),
                String.valueOf(id));
    }
}
