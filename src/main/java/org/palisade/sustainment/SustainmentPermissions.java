package org.palisade.sustainment;

import java.util.Map;
import org.palisade.security.PageAbilities;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Who may do what in sustainment, written once: the use cases enforce these and the pages offer only what they
 * grant. Coordinators and administrators keep the systems catalogue; every signed-in user reads it (it holds
 * types and rates, no stock). The recipient's planners report stock, use, losses and fielded systems and ask
 * for proposals. Who sees stock, use and fielded systems is {@link Visibility#sustainmentFigures()}.
 */
public final class SustainmentPermissions {

    private SustainmentPermissions() {
    }

    static Permission toReadCatalogue() {
        return Permission.anyOf("read the systems catalogue", Role.values());
    }

    static Permission toEditCatalogue(String action) {
        return Permission.anyOf(action, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    static Permission toReport(String action) {
        return Permission.anyOf(action, Role.RECIPIENT_PLANNER);
    }

    static Permission toPropose() {
        return Permission.anyOf("propose sustainment requirements", Role.RECIPIENT_PLANNER);
    }

    public static boolean mayEditCatalogue(Viewer viewer) {
        return toEditCatalogue("edit the systems catalogue").grants(viewer);
    }

    public static boolean mayReport(Viewer viewer) {
        return toReport("report stock, use and losses").grants(viewer);
    }

    public static boolean mayPropose(Viewer viewer) {
        return toPropose().grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of("seeSustainment", Visibility.maySeeSustainment(viewer),
                    "readCatalogue", toReadCatalogue().grants(viewer),
                    "editCatalogue", mayEditCatalogue(viewer),
                    "reportSustainment", mayReport(viewer),
                    "proposeSustainment", mayPropose(viewer));
        }
    }
}
