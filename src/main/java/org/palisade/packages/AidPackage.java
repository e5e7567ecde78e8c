package org.palisade.packages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.platform.Wording;
import org.palisade.security.Disclosure;

/**
 * A package (tranche) of requirement items with a target value, financed by contributions. It owns its state
 * machine: each transition is a method that refuses an illegal move with a message naming what is allowed.
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
            throw new Conflict("package " + number + " is only " + coverage.committed().percent()
                    + "% covered by committed contributions (" + coverage.committed().total() + " of " + target
                    + "); it can be funded at 100%", "packages.refused.fund-partial", String.valueOf(number),
                    coverage.committed().percent());
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
            throw new Conflict("package " + number + " is " + status.label()
                    + "; items can be added only while it is proposed or open", "packages.refused.items-closed",
                    String.valueOf(number), Wording.term("package.status." + status.name()));
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
            String allowed = status.next().isEmpty() ? "no further action is allowed"
                    : "only " + status.next().stream().map(PackageStatus::action).collect(Collectors.joining(" or "))
                            + (status.next().size() == 1 ? " is" : " are") + " allowed";
            // pages say it from the bundles: the status and each allowed action in the reader's words
            List<Object> args = new java.util.ArrayList<>(List.of(String.valueOf(number),
                    Wording.term("package.status." + status.name())));
            status.next().forEach(s -> args.add(Wording.term("package.action." + s.action())));
            String key = switch (status.next().size()) {
                case 0 -> "packages.refused.move.none";
                case 1 -> "packages.refused.move.one";
                default -> "packages.refused.move.two";
            };
            throw new Conflict("package " + number + " is " + status.label() + "; " + allowed, key, args.toArray());
        }
    }
}
