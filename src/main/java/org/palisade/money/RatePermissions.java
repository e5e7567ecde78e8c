package org.palisade.money;

import java.util.Map;
import org.palisade.security.PageAbilities;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who keeps exchange rates: administrators and coordinators, since rates convert every nation's money.
 * {@link ExchangeRates} enforces it and the rates page offers recording only to them.
 */
public final class RatePermissions {

    private RatePermissions() {
    }

    static Permission toRecord(String action) {
        return Permission.anyOf(action, Role.ADMINISTRATOR, Role.COORDINATOR);
    }

    public static boolean mayRecord(Viewer viewer) {
        return toRecord("record exchange rates").grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of("recordRates", mayRecord(viewer));
        }
    }
}
