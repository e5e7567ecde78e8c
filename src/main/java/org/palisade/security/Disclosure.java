package org.palisade.security;

/** Who may see a record: everyone, signed-in users of coalition organisations, or only those entitled to it. */
public enum Disclosure {
    PUBLIC, COALITION, CONFIDENTIAL
}
