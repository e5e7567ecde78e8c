package org.palisade.packages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.security.Disclosure;

/**
 * A package (tranche) of requirement items with a target value, financed by contributions. It owns its state
 * machine: each transition is a method that refuses an illegal move with a {@link PackageRefusal} naming what is
 * allowed.
 */
// the JSON names are this record's shape in the audit trail: they stay when a field is renamed
public record AidPackage(
        @JsonProperty("id") UUID id,
        @JsonProperty("number") int number,
        @JsonProperty("name") String name,
        @JsonProperty("target") Money target,
        @JsonProperty("status") PackageStatus status,
        @JsonProperty("owner") UUID owner,
        @JsonProperty("disclosure") Disclosure disclosure,
        @JsonProperty("items") List<PackageItem> items,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("version") long version) {

    public AidPackage {
        items = List.copyOf(items);
    }

    public AidPackage open() {
        return moveTo(PackageStatus.OPEN);
    }

    /** Funded once committed money covers the whole target value. */
    public AidPackage markFunded(Coverage coverage) {
        requireMove(PackageStatus.FUNDED);
        if (!coverage.committed().isComplete()) {
            throw new Conflict(new PackageRefusal.PartlyCovered(number, coverage.committed().percent(),
                    coverage.committed().total(), target));
        }
        return moveTo(PackageStatus.FUNDED);
    }

    public AidPackage contract() {
        return moveTo(PackageStatus.CONTRACTED);
    }

    public AidPackage startDelivery() {
        return moveTo(PackageStatus.DELIVERING);
    }

    public AidPackage deliver() {
        return moveTo(PackageStatus.DELIVERED);
    }

    /** Cancelling releases the package's items for other packages. */
    public AidPackage cancel() {
        return moveTo(PackageStatus.CANCELLED);
    }

    public AidPackage withItems(List<PackageItem> more) {
        if (!status.takesItems()) {
            throw new Conflict(new PackageRefusal.ItemsClosed(number, status));
        }
        java.util.Map<UUID, Long> merged = new java.util.LinkedHashMap<>();
        items.forEach(i -> merged.merge(i.requirementItemId(), i.quantity(), Long::sum));
        more.forEach(i -> merged.merge(i.requirementItemId(), i.quantity(), Long::sum));
        return new AidPackage(id, number, name, target, status, owner, disclosure,
                merged.entrySet().stream().map(e -> new PackageItem(e.getKey(), e.getValue())).toList(), createdAt,
                version);
    }

    private AidPackage moveTo(PackageStatus next) {
        requireMove(next);
        return new AidPackage(id, number, name, target, next, owner, disclosure, items, createdAt, version);
    }

    private void requireMove(PackageStatus next) {
        if (!status.canMoveTo(next)) {
            throw new Conflict(new PackageRefusal.IllegalMove(number, status, List.copyOf(status.next())));
        }
    }
}
