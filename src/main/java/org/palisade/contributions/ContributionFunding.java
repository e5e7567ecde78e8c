package org.palisade.contributions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.packages.FundedTotals;
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
    public Map<UUID, FundedTotals> totalsOf(Map<UUID, CurrencyCode> targets, Viewer viewer) {
        Map<UUID, Map<ContributionStage, Money>> converted = new HashMap<>();
        Map<UUID, Map<ContributionStage, List<NotConverted>>> waiting = new HashMap<>();
        Set<UUID> hidden = new HashSet<>();
        for (ContributionRepository.PackageSum s : repository.packageSums(targets, viewer)) {
            if (!s.visible()) {
                hidden.add(s.packageId());
            } else if (s.waiting() != null) {
                waiting.computeIfAbsent(s.packageId(), k -> new EnumMap<>(ContributionStage.class))
                        .computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s.waiting());
            } else {
                converted.computeIfAbsent(s.packageId(), k -> new EnumMap<>(ContributionStage.class))
                        .merge(s.stage(), s.converted(), Money::plus);
            }
        }
        Map<UUID, FundedTotals> result = new LinkedHashMap<>();
        targets.forEach((id, currency) -> {
            Map<ContributionStage, Money> sums = converted.getOrDefault(id, Map.of());
            Map<ContributionStage, List<NotConverted>> waits = waiting.getOrDefault(id, Map.of());
            java.util.function.Function<ContributionStage, FundedTotals.Sum> sum = stage -> new FundedTotals.Sum(
                    sums.getOrDefault(stage, Money.zero(currency)), waits.getOrDefault(stage, List.of()));
            result.put(id, new FundedTotals(sum.apply(ContributionStage.PLEDGED), sum.apply(ContributionStage.COMMITTED),
                    sum.apply(ContributionStage.PAID), hidden.contains(id)));
        });
        return result;
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
