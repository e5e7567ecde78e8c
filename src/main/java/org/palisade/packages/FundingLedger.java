package org.palisade.packages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.security.Viewer;

/**
 * Where packages learn what has been pledged, committed and paid for them. Implemented by the contributions
 * module (which depends on packages, not the reverse), and filtered by what the viewer may see.
 */
public interface FundingLedger {

    /** Funding of each package, one entry per contribution the viewer may see; a package without any is absent. */
    Map<UUID, List<Funding>> fundingOf(Collection<UUID> packageIds, Viewer viewer);

    /** Those of these packages that have funding hidden from this viewer. */
    Set<UUID> withUndisclosedFunding(Collection<UUID> packageIds, Viewer viewer);
}
