package org.palisade.security;

import java.util.Set;
import java.util.UUID;

/**
 * The person (or visitor) a read is made for. Every query that returns ledger records takes a Viewer, so the
 * visibility rules live in one place ({@link Visibility}) instead of in each endpoint.
 *
 * @param organisationId the viewer's organisation, null for an anonymous visitor or the system itself
 * @param roles          the viewer's roles
 * @param system         true for internal work (demo data, batch jobs) that sees everything
 */
public record Viewer(UUID organisationId, Set<Role> roles, boolean system) {

    public static final Viewer SYSTEM = new Viewer(null, Set.of(), true);
    public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), false);

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean signedIn() {
        return organisationId != null;
    }
}
