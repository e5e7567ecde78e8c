package org.palisade.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import org.palisade.platform.WebPages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the person looking at a page may start, so pages offer only the buttons and links that person can
 * use. It only hides what would be refused: the use cases check every change again on the server.
 * Available to every page template as {@code can}.
 */
@ControllerAdvice(annotations = WebPages.class)
public class PagePermissions {

    private final CurrentViewer current;

    PagePermissions(CurrentViewer current) {
        this.current = current;
    }

    @ModelAttribute("can")
    public Can can() {
        return new Can(current.viewer());
    }

    /** The answers for one viewer; internal work (no person) may do everything. */
    public record Can(Viewer viewer) {

        public boolean editRequirements() {
            return any(Role.RECIPIENT_PLANNER);
        }

        public boolean buildPackages() {
            return any(Role.COORDINATOR);
        }

        public boolean pledge() {
            return any(Role.CONTRIBUTOR);
        }

        public boolean registerOrganisations() {
            return any(Role.ADMINISTRATOR);
        }

        public boolean recordRates() {
            return any(Role.ADMINISTRATOR, Role.COORDINATOR);
        }

        /** Whether the viewer holds one of these roles in one of these organisations (e.g. a package's owner). */
        public boolean actFor(Collection<UUID> organisations, Role... roles) {
            return viewer.system() || (any(roles) && organisations.contains(viewer.organisationId()));
        }

        public boolean any(Role... roles) {
            return viewer.system() || Arrays.stream(roles).anyMatch(viewer::has);
        }
    }
}
