package org.palisade.organisations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A state or institution taking part: the recipient, the coordinator, the supplier or a contributor. */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record Organisation(
        @JsonProperty("id") UUID id,
        @JsonProperty("code") OrganisationCode code,
        @JsonProperty("name") String name,
        @JsonProperty("state") boolean state,
        @JsonProperty("kinds") Set<OrganisationKind> kinds,
        @JsonProperty("memberships") List<Membership> memberships,
        @JsonProperty("version") long version) {

    public Organisation {
        kinds = Set.copyOf(kinds);
        memberships = List.copyOf(memberships);
    }

    public boolean is(OrganisationKind kind) {
        return kinds.contains(kind);
    }

    /** Membership on a date, e.g. whether Sweden counted as NATO for a contribution of 2024-01-10 (it did not). */
    public boolean memberOf(Alliance alliance, LocalDate on) {
        return memberships.stream().anyMatch(m -> m.alliance() == alliance && m.coversDate(on));
    }
}
