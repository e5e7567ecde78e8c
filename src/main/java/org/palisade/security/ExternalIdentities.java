package org.palisade.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the claims of an external identity provider (an OpenID Connect ID token or a bearer JWT) into a
 * Palisade user: the organisation comes from a claim holding its code (default {@code org}), the roles from
 * a claim holding their names (default {@code roles}). Someone whose organisation Palisade does not know is
 * refused: every user belongs to one known organisation, or the visibility rules would have nothing to
 * hold on to.
 */
@Component
class ExternalIdentities {

    private final OrganisationCodes organisations;
    private final SignInProperties settings;

    ExternalIdentities(OrganisationCodes organisations, SignInProperties settings) {
        this.organisations = organisations;
        this.settings = settings;
    }

    /** The user the claims describe, or empty when they name no organisation Palisade knows. */
    Optional<SignedInUser> fromClaims(Map<String, Object> claims) {
        Object code = claims.get(settings.organisationClaim());
        if (!(code instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String organisationCode = OrganisationCodes.normalise(text);
        Optional<UUID> organisation = organisations.find(organisationCode);
        Set<Role> roles = Authorities.rolesFromClaim(claims.get(settings.rolesClaim()));
        return organisation.map(id -> new SignedInUser(username(claims), id, organisationCode, roles));
    }

    private String username(Map<String, Object> claims) {
        Object preferred = claims.get(settings.usernameClaim());
        Object name = preferred instanceof String s && !s.isBlank() ? s : claims.get("sub");
        return String.valueOf(name);
    }
}
