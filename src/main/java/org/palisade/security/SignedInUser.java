package org.palisade.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * A person who has signed in, however they did it (password, OpenID Connect, bearer token): the name the
 * audit trail records, their organisation and their roles.
 */
public record SignedInUser(String username, UUID organisationId, String organisationCode, Set<Role> roles)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public Viewer viewer() {
        return new Viewer(organisationId, roles, false);
    }
}
