package org.palisade.contributions;

import org.springframework.stereotype.Component;
import org.palisade.security.PageAbilities;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

/**
 * Who may do what with contributions, written once: {@link Contributions} enforces these, and the pages offer
 * only what they grant. A contributor pledges only money its own nation is part of (alone or jointly), and
 * only the contributors of a contribution record its next stage.
 */
public final class ContributionPermissions {

    private ContributionPermissions() {
    }

    /** Pledging money of these contributors (none named yet: any contributor, the missing lead is a 422). */
    static Permission toPledge(List<UUID> contributors) {
        Permission anyContributor = Permission.anyOf("pledge a contribution", Role.CONTRIBUTOR);
        return contributors.isEmpty() ? anyContributor : anyContributor.in(contributors);
    }

    /** Recording the next stage ("commit", "pay") of a contribution. */
    static Permission toAdvance(Contribution c, String stage) {
        return Permission.anyOf(stage + " a contribution", Role.CONTRIBUTOR).in(c.contributors());
    }

    /** Whether the viewer pledges at all (the "record a pledge" buttons). */
    public static boolean mayPledge(Viewer viewer) {
        return toPledge(List.of()).grants(viewer);
    }

    /**
     * Whether the viewer may record a pledge this organisation leads: on pages a nation records the pledges it
     * leads, so the lead offered is the viewer's own nation.
     */
    public static boolean mayLead(Viewer viewer, UUID lead) {
        return toPledge(List.of(lead)).grants(viewer);
    }

    /** Whether the viewer may record the contribution's next stage. */
    public static boolean mayAdvance(Viewer viewer, Contribution c) {
        return toAdvance(c, "advance").grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of(
                "pledge", mayPledge(viewer));
        }
    }
}
