package org.palisade.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in to the pages through OpenID Connect, with the organisation and roles from the claims. */
final class ExternalOidcUser extends DefaultOidcUser implements SignedInPrincipal {

    private final SignedInUser user;

    ExternalOidcUser(OidcUser oidc, SignedInUser user) {
        super(Authorities.of(user.roles()), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public SignedInUser signedInUser() {
        return user;
    }
}
