package org.palisade.contributions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.packages.Funding;
import org.palisade.packages.FundingLedger;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells packages what their contributions bring, as far as the viewer may see them. A package's totals never
 * count contributions the viewer may not see, not even as a marked sum: set beside the overall totals (which
 * may count them, see {@link org.palisade.security.Visibility#mayCountUndisclosed}), a per-package sum would
 * let a reader subtract their way to one nation's amount. The package says instead that some were left out.
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
        Map<UUID, List<Funding>> result = new LinkedHashMap<>();
        for (Contribution c : repository.forPackages(packageIds, viewer)) {
            result.computeIfAbsent(c.packageId(), k -> new ArrayList<>()).add(new Funding(c.pledged(), c.pledgedOn(),
                    c.committed(), c.committedOn(), c.paid(), c.paidOn()));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> withUndisclosedFunding(Collection<UUID> packageIds, Viewer viewer) {
        return repository.packagesWithHiddenContributions(packageIds, viewer);
    }
}
