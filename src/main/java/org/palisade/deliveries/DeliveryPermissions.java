package org.palisade.deliveries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

/**
 * Who may do what with deliveries, one rule per action: suppliers record shipments, their milestones and
 * resolve discrepancies; planners of the package's recipient confirm receipt and report discrepancies;
 * coordinators and auditors read (what they may see is {@link org.palisade.security.Visibility}'s rule for the
 * package). The use cases enforce these rules and the pages and the API's {@code allowedActions} offer only what
 * they allow.
 */
final class DeliveryPermissions {

    private DeliveryPermissions() {
    }

    /** The actions on a shipment, as the API names them. */
    enum Action {
        MILESTONE("milestone"), CONFIRM("confirm"), REPORT_DISCREPANCY("report-discrepancy"),
        RESOLVE_DISCREPANCY("resolve-discrepancy");

        final String api;

        Action(String api) {
            this.api = api;
        }
    }

    /**
     * One rule: the role needed and, when not null, the organisations the person must belong to.
     *
     * @param action what is being done, as the access log names it
     */
    record Rule(String action, Role role, Set<UUID> organisations) {

        boolean allows(Viewer viewer) {
            return viewer.system() || (viewer.has(role)
                    && (organisations == null || organisations.contains(viewer.organisationId())));
        }
    }

    /** Shipments are recorded by suppliers (a package does not name its supplier: any supplier who may see it). */
    static Rule recordShipment(AidPackage pkg) {
        return new Rule("record a shipment of package " + pkg.number(), Role.SUPPLIER, null);
    }

    static boolean packageShips(AidPackage pkg) {
        return pkg.status() == PackageStatus.CONTRACTED || pkg.status() == PackageStatus.DELIVERING;
    }

    static Rule recordMilestone(Shipment s) {
        return new Rule("record a milestone of shipment " + s.number(), Role.SUPPLIER, null);
    }

    /** @param recipients the organisations whose requirement lists the package's items come from */
    static Rule confirmReceipt(Shipment s, Set<UUID> recipients) {
        return new Rule("confirm receipt of shipment " + s.number(), Role.RECIPIENT_PLANNER, recipients);
    }

    static Rule reportDiscrepancy(Shipment s, Set<UUID> recipients) {
        return new Rule("report a discrepancy in shipment " + s.number(), Role.RECIPIENT_PLANNER, recipients);
    }

    static Rule resolveDiscrepancy(Shipment s) {
        return new Rule("resolve a discrepancy in shipment " + s.number(), Role.SUPPLIER, null);
    }

    /** What this viewer may do with the shipment now: allowed to them, and possible in its state. */
    static List<Action> allowed(Viewer viewer, Shipment s, Set<UUID> recipients) {
        List<Action> actions = new ArrayList<>();
        if (s.next().isPresent() && recordMilestone(s).allows(viewer)) {
            actions.add(Action.MILESTONE);
        }
        if (s.isHandedOver() && !s.isReceived() && confirmReceipt(s, recipients).allows(viewer)) {
            actions.add(Action.CONFIRM);
        }
        if (s.isHandedOver() && reportDiscrepancy(s, recipients).allows(viewer)) {
            actions.add(Action.REPORT_DISCREPANCY);
        }
        if (s.discrepancies().stream().anyMatch(Discrepancy::isOpen) && resolveDiscrepancy(s).allows(viewer)) {
            actions.add(Action.RESOLVE_DISCREPANCY);
        }
        return actions;
    }
}
