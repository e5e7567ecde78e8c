package org.palisade.sustainment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sustainment.
 *
 * @param daysOfSupply what a proposal brings each consumable up to: stock + on order lasting this many days
 * @param warnWithin   the dashboard warns of consumables that run out within this many days at normal intensity
 */
@ConfigurationProperties("palisade.sustainment")
public record SustainmentProperties(Integer daysOfSupply, Integer warnWithin) {

    public SustainmentProperties {
        daysOfSupply = daysOfSupply == null ? 90 : daysOfSupply;
        warnWithin = warnWithin == null ? 30 : warnWithin;
        if (daysOfSupply < 1 || warnWithin < 0) {
            throw new IllegalArgumentException("palisade.sustainment.days-of-supply must be at least 1 and "
                    + "palisade.sustainment.warn-within at least 0");
        }
    }
}
