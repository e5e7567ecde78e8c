package org.palisade.contributions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.packages.Funding;
import org.palisade.packages.FundingLedger;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells packages what their contributions bring, as the viewer may know it: the contributions they may see,
 * plus those they may not when {@link Visibility#mayCountUndisclosed} allows it, in which case the package's
 * totals are marked as including undisclosed contributions. A package whose undisclosed money comes from a
 * single organisation shows only what the viewer may see, since its total would give that nation's amount away.
 */
@Component
class ContributionFunding implements FundingLedger {

    private final ContributionRepository repository;

    ContributionFunding(ContributionRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<Funding>> fundingOf(Collection<UUID> packageIds, Viewer viewer) {
        Set<UUID> countedUndisclosed = withUndisclosedFunding(packageIds, viewer);
        Set<UUID> visible = new HashSet<>();
        repository.forPackages(packageIds, viewer).forEach(c -> visible.add(c.id()));
        Map<UUID, List<Funding>> result = new LinkedHashMap<>();
        for (Contribution c : repository.forPackages(packageIds, Viewer.SYSTEM)) {
            if (visible.contains(c.id()) || countedUndisclosed.contains(c.packageId())) {
                result.computeIfAbsent(c.packageId(), k -> new ArrayList<>()).add(new Funding(c.pledged(),
                        c.pledgedOn(), c.committed(), c.committedOn(), c.paid(), c.paidOn()));
            }
        }
        return result;
    }

    /** Packages whose totals for this viewer count undisclosed contributions (see the class comment). */
    @Override
    @Transactional(readOnly = true)
    public Set<UUID> withUndisclosedFunding(Collection<UUID> packageIds, Viewer viewer) {
        Map<UUID, List<UUID>> hiddenContributors = repository.hiddenContributorsByPackage(packageIds, viewer);
        Set<UUID> counted = new HashSet<>();
        hiddenContributors.forEach((pkg, contributors) -> {
            if (Visibility.mayCountUndisclosed(contributors)) {
                counted.add(pkg);
            }
        });
        return counted;
    }
}
