package org.palisade.sources;

import java.util.Map;
import org.palisade.contributions.Contribution;
import org.palisade.security.PageAbilities;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may do what with sources and claims, written once: coordinators and administrators document the ledger
 * (record sources and claims about any record they may see) and decide (choose the claim a record uses, resolve
 * conflicts, review candidate claims from articles); contributors record sources and claims about their own
 * contributions, as they document what they pledge. {@link Sources}, {@link Claims} and the review enforce
 * these; the pages offer only what they grant.
 */
public final class SourcePermissions {

    private SourcePermissions() {
    }

    static Permission toRecordSource() {
        return Permission.anyOf("record a source", Role.COORDINATOR, Role.ADMINISTRATOR, Role.CONTRIBUTOR);
    }

    /** Documenting or deciding about any record: coordinators and administrators. */
    static Permission toDecide(String action) {
        return Permission.anyOf(action, Role.COORDINATOR, Role.ADMINISTRATOR);
    }

    /** A claim about a contribution: those who decide, or the contribution's own contributors. */
    static Permission toClaimAbout(Viewer viewer, Contribution c) {
        Permission deciders = toDecide("record a claim about a contribution");
        return deciders.grants(viewer) ? deciders
                : Permission.anyOf("record a claim about a contribution", Role.CONTRIBUTOR).in(c.contributors());
    }

    static Permission toClaimAboutPackage() {
        return toDecide("record a claim about a package");
    }

    static Permission toChooseUsed() {
        return toDecide("choose the claim a record uses");
    }

    static Permission toResolve() {
        return toDecide("resolve a conflict between claims");
    }

    static Permission toReview() {
        return toDecide("review candidate claims of an article");
    }

    public static boolean mayRecordSource(Viewer viewer) {
        return toRecordSource().grants(viewer);
    }

    public static boolean mayClaimAbout(Viewer viewer, Contribution c) {
        return toClaimAbout(viewer, c).grants(viewer);
    }

    public static boolean mayDecide(Viewer viewer) {
        return toDecide("decide").grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of("recordSource", mayRecordSource(viewer), "reviewArticles", toReview().grants(viewer));
        }
    }
}
