package org.palisade.organisations;

import java.util.Map;
import org.palisade.security.PageAbilities;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who keeps the register of organisations: administrators, since who takes part, and as what, decides what
 * everyone may see. {@link Organisations} enforces it and the pages offer only what it grants.
 */
public final class OrganisationPermissions {

    private OrganisationPermissions() {
    }

    static Permission toRegister() {
        return Permission.anyOf("register an organisation", Role.ADMINISTRATOR);
    }

    static Permission toAddMembership() {
        return Permission.anyOf("add a membership", Role.ADMINISTRATOR);
    }

    public static boolean mayRegister(Viewer viewer) {
        return toRegister().grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of("registerOrganisations", mayRegister(viewer));
        }
    }
}
