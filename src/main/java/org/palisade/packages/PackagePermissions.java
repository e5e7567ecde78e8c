package org.palisade.packages;

import org.springframework.stereotype.Component;
import org.palisade.security.PageAbilities;
import java.util.Map;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

/**
 * Who may do what with packages, written once: {@link Packages} enforces these, the package pages offer only
 * the buttons and choices they grant, and the API answers them as a package's {@code allowedActions}.
 * Coordinators assemble packages in their own organisation's name, open, fund and cancel them; suppliers
 * contract them (a package does not name its supplier, so any supplier who may see it); delivering and
 * delivered follow the package's deliveries.
 */
public final class PackagePermissions {

    private PackagePermissions() {
    }

    /** Proposing a package in the name of {@code owner} (null: not yet chosen, any coordinator). */
    static Permission toPropose(UUID owner) {
        Permission coordinators = Permission.anyOf("propose a package", Role.COORDINATOR);
        return owner == null ? coordinators : coordinators.in(List.of(owner));
    }

    static Permission toAddItems(AidPackage p) {
        return Permission.anyOf("add items to a package", Role.COORDINATOR).in(List.of(p.owner()));
    }

    static Permission toMove(AidPackage p, PackageStatus target) {
        return toMove(target.action() + " package " + p.number(), p.owner(), target);
    }

    private static Permission toMove(String action, UUID owner, PackageStatus target) {
        return switch (target) {
            case CONTRACTED -> Permission.anyOf(action, Role.SUPPLIER);
            // delivering and delivered follow the package's deliveries: nobody moves it there by hand
            case DELIVERING, DELIVERED -> Permission.anyOf(action);
            default -> Permission.anyOf(action, Role.COORDINATOR).in(List.of(owner));
        };
    }

    /**
     * Where packages wait for a step of this viewer by hand, cancelling aside (it never waits): the statuses in
     * which the viewer may take a next step in packages of its own organisation ({@code owned}) and in packages of
     * any owner ({@code anyOwner}), worked out from the same rule as {@link #mayMove}, so that the database can
     * pick every such package.
     */
    record WaitingStatuses(Set<PackageStatus> owned, Set<PackageStatus> anyOwner) {
        boolean isEmpty() {
            return owned.isEmpty() && anyOwner.isEmpty();
        }
    }

    static WaitingStatuses waitingStatuses(Viewer viewer) {
        Set<PackageStatus> owned = EnumSet.noneOf(PackageStatus.class);
        Set<PackageStatus> anyOwner = EnumSet.noneOf(PackageStatus.class);
        for (PackageStatus status : PackageStatus.values()) {
            for (PackageStatus next : status.nextByHand()) {
                if (next == PackageStatus.CANCELLED) {
                    continue;
                }
                Permission rule = toMove("", viewer.organisationId(), next);
                if (rule.organisations() == null && rule.grants(viewer)) {
                    anyOwner.add(status);
                } else if (viewer.organisationId() != null && rule.grants(viewer)) {
                    owned.add(status);
                }
            }
        }
        owned.removeAll(anyOwner);
        return new WaitingStatuses(owned, anyOwner);
    }

    /** Whether the viewer builds packages at all (the "new package" button). */
    public static boolean mayPropose(Viewer viewer) {
        return toPropose(null).grants(viewer);
    }

    /** Whether the viewer may propose a package in the name of this organisation (the "assembled by" choices). */
    public static boolean mayProposeFor(Viewer viewer, UUID owner) {
        return toPropose(owner).grants(viewer);
    }

    /** Items are added while the package is being assembled, by its own coordinators. */
    public static boolean mayAddItems(Viewer viewer, AidPackage p) {
        return p.status().takesItems() && toAddItems(p).grants(viewer);
    }

    /** Whether the package may be moved to {@code target} by hand now, and this viewer may move it there. */
    public static boolean mayMove(Viewer viewer, AidPackage p, PackageStatus target) {
        return p.status().nextByHand().contains(target) && toMove(p, target).grants(viewer);
    }

    /** The moves this viewer may make by hand now, in the order of the package's life. */
    public static List<PackageStatus> moves(Viewer viewer, AidPackage p) {
        return p.status().nextByHand().stream().filter(next -> mayMove(viewer, p, next)).toList();
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of(
                "buildPackages", mayPropose(viewer));
        }
    }
}
