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

/**
 * {@code /waiting}: what waits for the signed-in person's organisation and role, each by the permission rule of
 * its module: a requirement list their party has still to approve (or a draft they may work on), packages with a
 * step they may take (open, fund, contract, cancel), packages open for funding when they pledge, and their
 * nation's contributions still to commit or pay.
 */
@WebPages
class WaitingPages {

    /** Enough for one screen; the full lists are a link away. */
    static final int SHOWN = 50;
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
    String waiting(Model model) {
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
        List<AidPackage> live = packages.list(null, Paging.of(0, Paging.MAX_SIZE, "number,desc", Packages.SORTABLE))
                .items().stream().filter(p -> p.status().isLive()).toList();
        Map<AidPackage, List<String>> steps = new LinkedHashMap<>();
        // marking funded waits only where commitments cover the target; cancelling never "waits"
        Map<UUID, org.palisade.packages.Coverage> funding = packages.coverage(live.stream()
                .filter(p -> PackagePermissions.moves(viewer, p).contains(PackageStatus.FUNDED)).toList());
        for (AidPackage p : live) {
            List<String> moves = PackagePermissions.moves(viewer, p).stream()
                    .filter(s -> s != PackageStatus.CANCELLED)
                    .filter(s -> s != PackageStatus.FUNDED || funding.get(p.id()).committed().isComplete())
                    .map(PackageStatus::action).toList();
            if (!moves.isEmpty() && steps.size() < SHOWN) {
                steps.put(p, moves);
            }
        }
        model.addAttribute("steps", steps);
        boolean pledges = ContributionPermissions.mayPledge(viewer);
        model.addAttribute("pledges", pledges);
        if (pledges) {
            List<AidPackage> open = live.stream().filter(p -> p.status() == PackageStatus.OPEN).limit(SHOWN).toList();
            model.addAttribute("openPackages", open);
            Map<UUID, DashboardPages.PackageCoverage> coverage = new LinkedHashMap<>();
            packages.coverage(open).forEach((id, c) -> coverage.put(id, new DashboardPages.PackageCoverage(c)));
            model.addAttribute("coverage", coverage);
        }
        List<Contribution> toAdvance = new ArrayList<>();
        if (own != null && pledges) {
            for (ContributionStage stage : List.of(ContributionStage.PLEDGED, ContributionStage.COMMITTED)) {
                contributions.list(new ContributionFilter(null, own, stage, null, null, null, null, null),
                        Paging.of(0, SHOWN, "announced,asc", Contributions.SORTABLE)).items().stream()
                        .filter(c -> ContributionPermissions.mayAdvance(viewer, c)).forEach(toAdvance::add);
            }
        }
        model.addAttribute("toAdvance", toAdvance);
        names(toAdvance, model);
        model.addAttribute("nothing", !model.containsAttribute("list") && steps.isEmpty() && toAdvance.isEmpty()
                && (!pledges || ((List<?>) model.getAttribute("openPackages")).isEmpty()));
        return "reporting/waiting";
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
