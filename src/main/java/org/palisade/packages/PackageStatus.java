package org.palisade.packages;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Life of a package: proposed → open → funded → contracted → delivering → delivered, or cancelled. */
public enum PackageStatus {
    PROPOSED, OPEN, FUNDED, CONTRACTED, DELIVERING, DELIVERED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<PackageStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(FUNDED, CANCELLED);
            case FUNDED -> EnumSet.of(CONTRACTED, CANCELLED);
            // once the supplier has contracted, cancelling is still possible until shipping starts
            case CONTRACTED -> EnumSet.of(DELIVERING, CANCELLED);
            case DELIVERING -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(PackageStatus.class);
        };
    }

    public boolean canMoveTo(PackageStatus target) {
        return next().contains(target);
    }

    /** Whether the package still holds its requirement items (a cancelled one has released them). */
    public boolean isLive() {
        return this != CANCELLED;
    }

    /** Items may be added while the package is being assembled. */
    public boolean takesItems() {
        return this == PROPOSED || this == OPEN;
    }

    /**
     * Whether the package takes new contributions: not once it is cancelled or delivered, nor once its delivery
     * has started, when what it holds is settled. A package already fully covered still takes pledges: they
     * count as surplus, and the pages say so.
     */
    public boolean takesContributions() {
        return this != CANCELLED && this != DELIVERED && this != DELIVERING;
    }

    /** Delivering and delivered follow the package's deliveries: nobody moves a package there by hand. */
    public boolean followsDeliveries() {
        return this == DELIVERING || this == DELIVERED;
    }

    /** The statuses a person may move this one to (the others follow deliveries). */
    public Set<PackageStatus> nextByHand() {
        Set<PackageStatus> byHand = EnumSet.noneOf(PackageStatus.class);
        next().stream().filter(s -> !s.followsDeliveries()).forEach(byHand::add);
        return byHand;
    }

    /** The API action that moves a package into this status, e.g. {@code start-delivery}. */
    public String action() {
        return switch (this) {
            case PROPOSED -> "propose";
            case OPEN -> "open";
            case FUNDED -> "fund";
            case CONTRACTED -> "contract";
            case DELIVERING -> "start-delivery";
            case DELIVERED -> "deliver";
            case CANCELLED -> "cancel";
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
