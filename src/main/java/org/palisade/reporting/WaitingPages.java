package org.palisade.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.ContributionFilter;
import org.palisade.contributions.ContributionPermissions;
import org.palisade.contributions.ContributionStage;
import org.palisade.contributions.Contributions;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackagePermissions;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.PageAddress;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.WebPages;
import org.palisade.requirements.ListPermissions;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.Party;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /waiting}: what waits for the signed-in person's organisation and role, each by the permission rule of
 * its module: a requirement list their party has still to approve (or a draft they may work on), packages with a
 * step they may take (open, fund, contract, cancel), packages open for funding when they pledge, and their
 * nation's contributions still to commit or pay.
 */
@WebPages
class WaitingPages {

    /** One page of each part; each part pages on by itself. */
    static final int SHOWN = 20;
    private final Requirements requirements;
    private final Packages packages;
    private final Contributions contributions;
    private final Organisations organisations;
    private final CurrentViewer current;

    WaitingPages(Requirements requirements, Packages packages, Contributions contributions,
            Organisations organisations, CurrentViewer current) {
        this.requirements = requirements;
        this.packages = packages;
        this.contributions = contributions;
        this.organisations = organisations;
        this.current = current;
    }

    /** A list version and the parties the viewer may approve it for. */
    record ListWaiting(RequirementList list, List<Party> parties, boolean editable) {
    }

    @GetMapping("/waiting")
    String waiting(@RequestParam(defaultValue = "0") int steps, @RequestParam(defaultValue = "0") int open,
            @RequestParam(defaultValue = "0") int commit, @RequestParam(defaultValue = "0") int pay, Model model) {
        Viewer viewer = current.viewer();
        model.addAttribute("signedIn", viewer.signedIn());
        if (!viewer.signedIn()) {
            return "reporting/waiting";
        }
        UUID own = viewer.organisationId();
        requirements.currentDraft().ifPresent(list -> {
            List<Party> parties = new ArrayList<>();
            if (list.status() == ListStatus.SUBMITTED && own != null) {
                for (Party party : list.missingApprovals()) {
                    if (ListPermissions.mayApprove(viewer, list, party, own)) {
                        parties.add(party);
                    }
                }
            }
            boolean editable = list.status() == ListStatus.DRAFT && ListPermissions.mayChange(viewer, list);
            if (!parties.isEmpty() || editable) {
                model.addAttribute("list", new ListWaiting(list, parties, editable));
            }
        });
        // each part is asked of the database whole (a count and one page), however many packages there are
        PageOf<AidPackage> withSteps = packages.awaitingStep(Paging.of(Math.max(steps, 0), SHOWN, "number,desc",
                Packages.SORTABLE));
        Map<AidPackage, List<String>> stepsOf = new LinkedHashMap<>();
        for (AidPackage p : withSteps.items()) {
            stepsOf.put(p, PackagePermissions.moves(viewer, p).stream()
                    .filter(s -> s != PackageStatus.CANCELLED).map(PackageStatus::action).toList());
        }
        model.addAttribute("steps", stepsOf);
        model.addAttribute("stepsPage", withSteps);
        boolean pledges = ContributionPermissions.mayPledge(viewer);
        model.addAttribute("pledges", pledges);
        PageOf<AidPackage> openPackages = PageOf.of(List.of(), Paging.of(0, SHOWN, null, Packages.SORTABLE), 0);
        if (pledges) {
            openPackages = packages.list(PackageStatus.OPEN, Paging.of(Math.max(open, 0), SHOWN, "number,desc",
                    Packages.SORTABLE));
            Map<UUID, DashboardPages.PackageCoverage> coverage = new LinkedHashMap<>();
            packages.coverage(openPackages.items())
                    .forEach((id, c) -> coverage.put(id, new DashboardPages.PackageCoverage(c)));
            model.addAttribute("coverage", coverage);
        }
        model.addAttribute("openPackages", openPackages.items());
        model.addAttribute("openPage", openPackages);
        PageOf<Contribution> toCommit = nothing();
        PageOf<Contribution> toPay = nothing();
        if (own != null && pledges) {
            // a contributor of one of its nations advances a contribution: the filter on its organisation is that rule
            toCommit = contributions.list(new ContributionFilter(null, own, ContributionStage.PLEDGED, null, null, null,
                    null, null), Paging.of(Math.max(commit, 0), SHOWN, "announced,asc", Contributions.SORTABLE));
            toPay = contributions.list(new ContributionFilter(null, own, ContributionStage.COMMITTED, null, null, null,
                    null, null), Paging.of(Math.max(pay, 0), SHOWN, "announced,asc", Contributions.SORTABLE));
        }
        List<Contribution> toAdvance = new ArrayList<>(toCommit.items());
        toAdvance.addAll(toPay.items());
        model.addAttribute("toCommit", toCommit);
        model.addAttribute("toPay", toPay);
        model.addAttribute("advanceParts", List.of(toCommit, toPay));
        model.addAttribute("toAdvance", toAdvance);
        names(toAdvance, model);
        model.addAttribute("stepsLinks", PageAddress.current("steps").pages("steps"));
        model.addAttribute("openLinks", PageAddress.current("open").pages("open"));
        model.addAttribute("commitLinks", PageAddress.current("commit").pages("commit"));
        model.addAttribute("payLinks", PageAddress.current("pay").pages("pay"));
        model.addAttribute("nothing", !model.containsAttribute("list") && withSteps.totalItems() == 0
                && toCommit.totalItems() == 0 && toPay.totalItems() == 0 && openPackages.totalItems() == 0);
        return "reporting/waiting";
    }

    private static PageOf<Contribution> nothing() {
        return PageOf.of(List.of(), Paging.of(0, SHOWN, null, Contributions.SORTABLE), 0);
    }

    private void names(List<Contribution> list, Model model) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> packageIds = new HashSet<>();
        list.forEach(c -> {
            orgIds.addAll(c.contributors());
            if (c.packageId() != null) {
                packageIds.add(c.packageId());
            }
        });
        Map<UUID, Organisation> orgs = new LinkedHashMap<>();
        organisations.all(orgIds).forEach(o -> orgs.put(o.id(), o));
        Map<UUID, AidPackage> pkgs = new LinkedHashMap<>();
        packages.all(packageIds).forEach(p -> pkgs.put(p.id(), p));
        model.addAttribute("orgs", orgs);
        model.addAttribute("pkgs", pkgs);
    }
}
