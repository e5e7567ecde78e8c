package org.palisade.sources;

/** The program a claim names: the Prioritised Ukraine Requirements List, or another scheme. */
public enum ClaimProgram {
    PURL, OTHER
}
