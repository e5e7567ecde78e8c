package org.palisade.platform;

/** An unknown id, or a record the caller may not see: answered 404 without saying which. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
