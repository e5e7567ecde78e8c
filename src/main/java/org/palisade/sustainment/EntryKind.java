package org.palisade.sustainment;

/** What a catalogue entry is: a platform that is fielded, or a consumable that platforms use up. */
public enum EntryKind {
    PLATFORM, CONSUMABLE
}
