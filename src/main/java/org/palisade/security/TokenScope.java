package org.palisade.security;

/** What a personal access token lets its holder do with the owner's rights. */
public enum TokenScope {
    /** Everything the owner may do. */
    READ_WRITE,
    /** Reads only: any change sent with it is refused with 403, whatever the owner's roles. */
    READ_ONLY;

    boolean mayChange() {
        return this == READ_WRITE;
    }
}
