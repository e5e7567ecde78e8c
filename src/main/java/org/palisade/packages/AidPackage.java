package org.palisade.packages;

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
public record AidPackage(UUID id, int number, String name, Money target, PackageStatus status, UUID owner,
        Disclosure disclosure, List<PackageItem> items, Instant createdAt, long version) {

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
