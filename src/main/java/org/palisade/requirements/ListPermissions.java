package org.palisade.requirements;

import org.springframework.stereotype.Component;
import org.palisade.security.PageAbilities;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

/**
 * Who may do what with the requirement list, written once: {@link Requirements} enforces these and the
 * requirement pages offer only what they grant. The recipient's own planners keep its list; each party
 * approves only for its own organisation, through the role that speaks for it.
 */
public final class ListPermissions {

    private ListPermissions() {
    }

    /** Starting a draft for this recipient (null: not known yet, any planner). */
    static Permission toStartDraft(UUID recipient) {
        Permission planners = Permission.anyOf("start a requirement list draft", Role.RECIPIENT_PLANNER);
        return recipient == null ? planners : planners.in(List.of(recipient));
    }

    /** A change to a version's items or its submission, e.g. "add an item to", "submit". */
    static Permission toChange(RequirementList list, String action) {
        return Permission.anyOf(action + " requirement list " + list.number(), Role.RECIPIENT_PLANNER)
                .in(List.of(list.ownerId()));
    }

    /** Approving as {@code party} for {@code organisation}. */
    static Permission toApprove(RequirementList list, Party party, UUID organisation) {
        return Permission.anyOf("approve requirement list " + list.number() + " as " + party.name().toLowerCase(),
                approver(party)).in(List.of(organisation));
    }

    /** Whether the viewer starts drafts at all (the "start a draft" button). */
    public static boolean mayStartDraft(Viewer viewer) {
        return toStartDraft(null).grants(viewer);
    }

    /** Whether the viewer may change the version's items and hand it over (its status decides the rest). */
    public static boolean mayChange(Viewer viewer, RequirementList list) {
        return toChange(list, "change").grants(viewer);
    }

    /** Whether the viewer may approve as {@code party} for {@code organisation}. */
    public static boolean mayApprove(Viewer viewer, RequirementList list, Party party, UUID organisation) {
        return toApprove(list, party, organisation).grants(viewer);
    }

    /** The role that approves for a party. */
    static Role approver(Party party) {
        return switch (party) {
            case RECIPIENT -> Role.RECIPIENT_PLANNER;
            case COORDINATOR -> Role.COORDINATOR;
            case SUPPLIER -> Role.SUPPLIER;
        };
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of(
                "editRequirements", mayStartDraft(viewer));
        }
    }
}
