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
 * conflicts); contributors record sources and claims about their own contributions, as they document what they
 * pledge. {@link Sources}, {@link Claims} and {@link ArticleReview} enforce these; the pages offer only what they
 * grant.
 *
 * <p>Articles: coordinators and administrators import articles, read the review queue and reject candidate
 * claims (auditors read the queue too). Accepting a candidate onto an existing contribution or package also
 * needs the claim permission about that record ({@link #toClaimAbout}, {@link #toClaimAboutPackage}). Accepting
 * one as a <em>new</em> contribution records money on behalf of other nations from a public source, as a
 * spreadsheet import does (imports.ImportPermissions): so only coordinators, who keep the ledger, may do it.
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

    /** Importing articles, and deciding about their candidate claims (rejecting; accepting needs more, below). */
    static Permission toReview() {
        return toDecide("review candidate claims of an article");
    }

    /** Reading the review queue and an article's candidates: the reviewers, and auditors. */
    static Permission toReadReview() {
        return Permission.anyOf("read the review of articles", Role.COORDINATOR, Role.ADMINISTRATOR, Role.AUDITOR);
    }

    /** Accepting a candidate as a new contribution: money of other nations, recorded as an import records it. */
    static Permission toAcceptAsPledge() {
        return Permission.anyOf("accept a candidate claim as a new contribution", Role.COORDINATOR);
    }

    public static boolean mayReview(Viewer viewer) {
        return toReview().grants(viewer);
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
            return Map.of("recordSource", mayRecordSource(viewer), "reviewArticles", toReview().grants(viewer),
                    "readArticles", toReadReview().grants(viewer), "acceptAsPledge", toAcceptAsPledge().grants(viewer));
        }
    }
}
