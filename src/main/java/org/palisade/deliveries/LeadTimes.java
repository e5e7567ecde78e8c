package org.palisade.deliveries;

import java.time.Duration;
import java.util.Map;
import org.palisade.requirements.CapabilityCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after funding a handover is expected, per capability category
 * ({@code palisade.deliveries.lead-time.AIR_AND_MISSILE_DEFENCE=120d}); a category not set takes
 * {@code palisade.deliveries.default-lead-time}.
 */
@ConfigurationProperties("palisade.deliveries")
record LeadTimes(Map<CapabilityCategory, Duration> leadTime, @DefaultValue("90d") Duration defaultLeadTime) {

    LeadTimes {
        leadTime = leadTime == null ? Map.of() : Map.copyOf(leadTime);
    }

    Duration of(CapabilityCategory category) {
        return leadTime.getOrDefault(category, defaultLeadTime);
    }
}
