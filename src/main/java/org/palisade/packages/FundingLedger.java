package org.palisade.packages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.security.Viewer;

/**
 * Where packages learn what has been pledged, committed and paid for them. Implemented by the contributions
 * module (which depends on packages, not the reverse), and filtered by what the viewer may see.
 */
public interface FundingLedger {

    /** Target currencies whose sums the ledger keeps converted: {@link #totalsOf} answers for these only. */
    Set<CurrencyCode> SUMMED = Set.of(CurrencyCode.EUR, CurrencyCode.USD);

    /**
     * Each package's sums per stage in its target currency (one of {@link #SUMMED}), in a number of rows that
     * grows with the kinds of contributors and disclosure, not with the contributions; every package asked for
     * is answered, one without funding with zeros.
     */
    Map<UUID, FundedTotals> totalsOf(Map<UUID, CurrencyCode> targets, Viewer viewer);

    /** Funding of each package, one entry per contribution the viewer may see; a package without any is absent. */
    Map<UUID, List<Funding>> fundingOf(Collection<UUID> packageIds, Viewer viewer);

    /** Those of these packages that have funding hidden from this viewer. */
    Set<UUID> withUndisclosedFunding(Collection<UUID> packageIds, Viewer viewer);
}
