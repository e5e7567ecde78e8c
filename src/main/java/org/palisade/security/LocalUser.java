package org.palisade.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.User;

/** A user who signs in with a password stored (hashed) in Palisade. */
final class LocalUser extends User implements SignedInPrincipal {

    private final SignedInUser user;

    LocalUser(String username, String passwordHash, boolean enabled, UUID organisationId, String organisationCode,
            Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true, Authorities.of(roles));
        this.user = new SignedInUser(username, organisationId, organisationCode, roles);
    }

    @Override
    public SignedInUser signedInUser() {
        return user;
    }
}
