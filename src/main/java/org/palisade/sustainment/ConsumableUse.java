package org.palisade.sustainment;

import java.util.UUID;

/** One platform's use of one consumable, per day at each intensity. */
public record ConsumableUse(UUID platform, UUID consumable, UseRates rates) {
}
