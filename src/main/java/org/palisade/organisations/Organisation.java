package org.palisade.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A state or institution taking part: the recipient, the coordinator, the supplier or a contributor. */
public record Organisation(UUID id, OrganisationCode code, String name, boolean state, Set<OrganisationKind> kinds,
        List<Membership> memberships, long version) {

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
