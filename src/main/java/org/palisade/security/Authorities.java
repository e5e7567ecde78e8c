package org.palisade.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles as Spring Security authorities ({@code ROLE_COORDINATOR}), so {@code hasRole('COORDINATOR')} works. */
final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<Role> roles) {
        return roles.stream().sorted().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    /**
     * Roles named in an external token. Identity providers spell them differently ("recipient-planner",
     * "RECIPIENT_PLANNER", "ROLE_COORDINATOR"); unknown names are ignored rather than refused, because a
     * provider usually carries roles of other applications too.
     */
    static Set<Role> rolesFromClaim(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> names = claim instanceof Collection<?> c ? c
                : claim instanceof String s ? List.of(s.split("[\\s,]+")) : List.of();
        for (Object name : names) {
            String normalised = String.valueOf(name).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (normalised.startsWith("ROLE_")) {
                normalised = normalised.substring(5);
            }
            for (Role role : Role.values()) {
                if (role.name().equals(normalised)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
