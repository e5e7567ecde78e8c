package org.palisade.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

/**
 * The one place that decides which contributions and packages a viewer may see, and what undisclosed
 * contributions may add to a total. Who takes part in a contribution is read from the view
 * {@code contribution_participant} that the contributions module publishes (V12), not from its tables.
 * Repositories splice the predicates into
 * their WHERE clause and bind {@link #parameters}; the rule itself can change here without touching them.
 */
public final class Visibility {

    private static final UUID NOBODY = new UUID(0, 0);

    private Visibility() {
    }

    /**
     * SQL predicate over a contribution row aliased {@code alias} (columns {@code disclosure}, {@code id}):
     * public rows to everyone; coalition rows to signed-in users; confidential rows to their contributors,
     * coordinators and auditors.
     */
    public static String contributionPredicate(String alias) {
        return "(:viewerSystem OR " + alias + ".disclosure = 'PUBLIC'"
                + " OR (" + alias + ".disclosure = 'COALITION' AND :viewerSignedIn)"
                + " OR (" + alias + ".disclosure = 'CONFIDENTIAL' AND (:viewerPrivileged"
                + " OR EXISTS (SELECT 1 FROM contribution_participant vc WHERE vc.contribution_id = " + alias
                + ".id AND vc.organisation_id = :viewerOrg))))";
    }

    /**
     * {@link #contributionPredicate} over a row that carries its contributors itself (columns
     * {@code disclosure} and {@code contributor_ids}, an array of organisation ids), such as a summary row of
     * many contributions sharing the same contributors and disclosure: the same rule, without a join.
     */
    public static String contributorsPredicate(String alias) {
        return "(:viewerSystem OR " + alias + ".disclosure = 'PUBLIC'"
                + " OR (" + alias + ".disclosure = 'COALITION' AND :viewerSignedIn)"
                + " OR (" + alias + ".disclosure = 'CONFIDENTIAL' AND (:viewerPrivileged"
                + " OR CAST(:viewerOrg AS uuid) = ANY(" + alias + ".contributor_ids))))";
    }

    /**
     * SQL predicate over a package row aliased {@code alias} (columns {@code disclosure}, {@code owner_id},
     * {@code id}): public packages to everyone; coalition ones to signed-in users; confidential ones to the
     * owning organisation, coordinators, auditors, suppliers (who must deliver them) and the organisations
     * contributing to them. Binds the same {@link #parameters}.
     */
    public static String packagePredicate(String alias) {
        return "(:viewerSystem OR " + alias + ".disclosure = 'PUBLIC'"
                + " OR (" + alias + ".disclosure = 'COALITION' AND :viewerSignedIn)"
                + " OR (" + alias + ".disclosure = 'CONFIDENTIAL' AND (:viewerPrivileged OR :viewerSupplier"
                + " OR " + alias + ".owner_id = :viewerOrg"
                + " OR EXISTS (SELECT 1 FROM contribution_participant vp WHERE vp.package_id = " + alias + ".id"
                + " AND vp.organisation_id = :viewerOrg))))";
    }

    /**
     * SQL predicate over a row aliased {@code alias} of a record that one organisation owns (columns
     * {@code disclosure}, {@code owner_id}), such as a requirement list: public to everyone; coalition to
     * signed-in users; confidential to the owner's organisation, coordinators, auditors and suppliers.
     * Binds the same {@link #parameters}. {@link #mayRead} is the same rule for a record already loaded.
     */
    public static String ownedRecordPredicate(String alias) {
        return "(:viewerSystem OR " + alias + ".disclosure = 'PUBLIC'"
                + " OR (" + alias + ".disclosure = 'COALITION' AND :viewerSignedIn)"
                + " OR (" + alias + ".disclosure = 'CONFIDENTIAL' AND (:viewerPrivileged OR :viewerSupplier"
                + " OR " + alias + ".owner_id = :viewerOrg)))";
    }

    /**
     * SQL predicate over a row aliased {@code alias} that is about one contribution or one package (columns
     * {@code contribution_id}, {@code package_id}, one of them set), such as a claim or a conflict between
     * claims: it follows the confidentiality of the record it is about, by {@link #contributionPredicate} or
     * {@link #packagePredicate}. Binds the same {@link #parameters}.
     */
    public static String aboutRecordPredicate(String alias) {
        return "(:viewerSystem OR (" + alias + ".contribution_id IS NOT NULL AND EXISTS (SELECT 1 FROM contribution vac"
                + " WHERE vac.id = " + alias + ".contribution_id AND " + contributionPredicate("vac") + "))"
                + " OR (" + alias + ".package_id IS NOT NULL AND EXISTS (SELECT 1 FROM aid_package vap"
                + " WHERE vap.id = " + alias + ".package_id AND " + packagePredicate("vap") + ")))";
    }

    /** {@link #ownedRecordPredicate} for a record already loaded. */
    public static boolean mayRead(Viewer viewer, Disclosure disclosure, UUID owner) {
        return viewer.system() || disclosure == Disclosure.PUBLIC
                || (disclosure == Disclosure.COALITION && viewer.signedIn())
                || (disclosure == Disclosure.CONFIDENTIAL && (viewer.has(Role.COORDINATOR) || viewer.has(Role.AUDITOR)
                        || viewer.has(Role.SUPPLIER) || (owner != null && owner.equals(viewer.organisationId()))));
    }

    /**
     * Who may see the recipient's stock, use and fielded systems, and so days of supply and run-out dates: its
     * recipient planners, coordinators, suppliers and auditors; not visitors, not contributors (not even of
     * what they financed: a run-out date beside the quantities they paid for would let them work out stock and
     * use), not administrators by their role alone. A refused read is logged and answered 403.
     */
    public static Permission sustainmentFigures() {
        return Permission.anyOf("see stock, use and fielded systems", Role.RECIPIENT_PLANNER, Role.COORDINATOR,
                Role.SUPPLIER, Role.AUDITOR);
    }

    /** {@link #sustainmentFigures()} for pages that only show or hide (the dashboard's warning). */
    public static boolean maySeeSustainment(Viewer viewer) {
        return sustainmentFigures().grants(viewer);
    }

    public static Map<String, Object> parameters(Viewer viewer) {
        return Map.of(
                "viewerSystem", viewer.system(),
                "viewerSignedIn", viewer.signedIn(),
                // a nil id matches no contributor: visitors see no confidential row through membership
                "viewerOrg", viewer.organisationId() == null ? NOBODY : viewer.organisationId(),
                "viewerPrivileged", viewer.has(Role.COORDINATOR) || viewer.has(Role.AUDITOR),
                "viewerSupplier", viewer.has(Role.SUPPLIER));
    }

    /**
     * Whether contributions the viewer may not see may still be counted, as one sum, in an overall total shown
     * to them (which is then marked "includes undisclosed contributions"): only when they come from at least
     * two different lead contributors. With one, the total minus what the viewer can see would be that
     * nation's undisclosed amount. The viewer's own organisation is never among them, since its contributions
     * are visible to it. Totals of a part (one package, one contributor, one category) never count undisclosed
     * money: set beside the overall total, they would let a reader subtract their way to it.
     *
     * @param hiddenLeads the lead contributor (code or id) of every undisclosed contribution in the total
     */
    public static boolean mayCountUndisclosed(Collection<?> hiddenLeads) {
        return new HashSet<>(hiddenLeads).size() >= 2;
    }
}
