package org.palisade.packages;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.platform.Refusal;
import org.palisade.requirements.ListStatus;

/** Why the packages module refuses something: facts only, worded at the edge by {@link PackageRefusalWords}. */
public sealed interface PackageRefusal extends Refusal {

    /** A move the package's status does not allow; {@code allowed} are the statuses it may move to now. */
    record IllegalMove(int number, PackageStatus status, List<PackageStatus> allowed) implements PackageRefusal {
        public IllegalMove {
            allowed = List.copyOf(allowed);
        }
    }

    /** Funded only once committed money covers the whole target value. */
    record PartlyCovered(int number, BigDecimal percent, Money committed, Money target) implements PackageRefusal {
    }

    /** Items are added only while the package is being assembled. */
    record ItemsClosed(int number, PackageStatus status) implements PackageRefusal {
    }

    record UnknownItem(UUID item) implements PackageRefusal {
    }

    /** Packages take items of the approved list only. */
    record ItemNotApproved(String description, int listNumber, ListStatus listStatus) implements PackageRefusal {
    }

    /** More of an item than live packages have left of it. */
    record QuantityLeft(String description, long left, String unit, long requested) implements PackageRefusal {
    }

    record NameMissing() implements PackageRefusal {
    }

    record TargetMissing() implements PackageRefusal {
    }

    record OwnerMissing() implements PackageRefusal {
    }
}
