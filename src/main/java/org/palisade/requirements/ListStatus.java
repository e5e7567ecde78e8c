package org.palisade.requirements;

/** Life of a requirement list version: draft → submitted → approved → superseded. */
public enum ListStatus {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED
}
