package org.palisade.security;

import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/** An API call made with a personal access token: its owner's rights, narrowed by the token's scope. */
final class TokenAuthentication extends AbstractAuthenticationToken implements SignedInPrincipal {

    private final UUID tokenId;
    private final TokenScope scope;
    private final SignedInUser user;

    TokenAuthentication(UUID tokenId, TokenScope scope, SignedInUser user) {
        super(Authorities.of(user.roles()));
        this.tokenId = tokenId;
        this.scope = scope;
        this.user = user;
        setAuthenticated(true);
    }

    /** The one rule of scopes: a request that changes something needs a sign-in that is not read-only. */
    static boolean mayChange(Authentication authentication) {
        return !(authentication instanceof TokenAuthentication token) || token.scope.mayChange();
    }

    UUID tokenId() {
        return tokenId;
    }

    @Override
    public SignedInUser signedInUser() {
        return user;
    }

    @Override
    public Object getCredentials() {
        // the secret is not kept once checked
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }
}
