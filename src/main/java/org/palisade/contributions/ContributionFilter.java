package org.palisade.contributions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.requirements.CapabilityCategory;

/**
 * What the contribution list is narrowed to; each null means "any".
 *
 * @param contributor one of its contributors (alone or jointly)
 * @param from        announced on or after this day; {@code until} on or before
 * @param anyOf       at least one of these contributors (a search by name); null: any
 */
public record ContributionFilter(UUID packageId, UUID contributor, ContributionStage stage,
        CapabilityCategory earmark, CurrencyCode currency, LocalDate from, LocalDate until, Collection<UUID> anyOf) {

    public static ContributionFilter none() {
        return new ContributionFilter(null, null, null, null, null, null, null, null);
    }

    /** Contributions with at least one of these contributors. */
    public static ContributionFilter anyOf(Collection<UUID> contributors) {
        return new ContributionFilter(null, null, null, null, null, null, null, contributors);
    }
}
