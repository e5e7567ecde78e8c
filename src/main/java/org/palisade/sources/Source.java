package org.palisade.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.palisade.security.Disclosure;

/**
 * Where a claim comes from: a news article, an official statement, a dataset, a document, a communication or an
 * observation. A record like any other: audited, and seen as its disclosure allows.
 *
 * @param outlet the outlet or issuer ("Reuters", "Ukraine Ministry of Defence")
 * @param url    where it can be read, or null: a source need not have an address
 * @param owner  the organisation of whoever recorded it (reads a confidential source), or null for the system
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Source(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("kind") SourceKind kind,
        @JsonProperty("outlet") String outlet,
        @JsonProperty("title") String title,
        @JsonProperty("url") String url,
        @JsonProperty("publishedOn") LocalDate publishedOn,
        @JsonProperty("language") String language,
        @JsonProperty("excerpt") String excerpt,
        @JsonProperty("disclosure") Disclosure disclosure,
        @JsonProperty("owner") UUID owner,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("createdBy") String createdBy,
        @JsonProperty("version") long version) {
}
