package org.palisade.platform;

/** A request refused because of the record's current state: an illegal transition or a stale version (409). */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }

    public static Conflict staleVersion(String what, Object id, long expected) {
        return new Conflict(what + " " + id + " was changed by someone else (expected version " + expected
                + "); reload and try again");
    }
}
