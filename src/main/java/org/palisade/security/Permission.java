package org.palisade.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may take one action: one of some roles and, where the record belongs to organisations (a package's
 * owner, a contribution's contributors), membership of one of them. A module writes each of its actions once
 * as a Permission; its use case enforces it ({@link AccessPolicy#require}) and its pages and API ask
 * {@link #grants} to offer only what the viewer may do. The system (demo data, jobs) may do everything.
 *
 * @param action        what is done, as the refusal says it: "open package 3"
 * @param roles         any one of these roles
 * @param organisations the organisations the viewer must belong to, or null for any
 */
public record Permission(String action, Set<Role> roles, Set<UUID> organisations) {

    public Permission {
        roles = Set.copyOf(roles);
        organisations = organisations == null ? null : Set.copyOf(organisations);
    }

    /** Holders of any of these roles, whatever their organisation. */
    public static Permission anyOf(String action, Role... roles) {
        return new Permission(action, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)), null);
    }

    /** The same roles, and only in these organisations. */
    public Permission in(Collection<UUID> within) {
        return new Permission(action, roles, Set.copyOf(within));
    }

    public boolean grants(Viewer viewer) {
        return viewer.system() || (roles.stream().anyMatch(viewer::has)
                && (organisations == null || organisations.contains(viewer.organisationId())));
    }
}
