package org.palisade.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An API call authenticated by a bearer JWT of the configured identity provider. */
final class BearerAuthentication extends JwtAuthenticationToken implements SignedInPrincipal {

    private final SignedInUser user;

    BearerAuthentication(Jwt jwt, SignedInUser user) {
        super(jwt, Authorities.of(user.roles()), user.username());
        this.user = user;
    }

    @Override
    public SignedInUser signedInUser() {
        return user;
    }
}
