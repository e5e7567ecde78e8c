package org.palisade.sources;

/** What a source is: it need not be published, nor have an address. */
public enum SourceKind {
    NEWS_ARTICLE, OFFICIAL_STATEMENT, DATASET, DOCUMENT, COMMUNICATION, OBSERVATION
}
