package org.palisade.security;

import java.util.Map;
import java.util.UUID;

/**
 * The one place that decides which contributions a viewer may see. Repositories splice {@link #sql} into
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
                + " OR EXISTS (SELECT 1 FROM contribution_contributor vc WHERE vc.contribution_id = " + alias
                + ".id AND vc.organisation_id = :viewerOrg))))";
    }

    public static Map<String, Object> parameters(Viewer viewer) {
        return Map.of(
                "viewerSystem", viewer.system(),
                "viewerSignedIn", viewer.signedIn(),
                // a nil id matches no contributor: visitors see no confidential row through membership
                "viewerOrg", viewer.organisationId() == null ? NOBODY : viewer.organisationId(),
                "viewerPrivileged", viewer.has(Role.COORDINATOR) || viewer.has(Role.AUDITOR));
    }
}
