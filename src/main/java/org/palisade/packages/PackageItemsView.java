package org.palisade.packages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.Money;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the package pages show of requirement items: each package item with its description, and the approved
 * items still available to build a new package from.
 */
@Component
class PackageItemsView {

    private final Requirements requirements;
    private final PackageRepository packages;

    PackageItemsView(Requirements requirements, PackageRepository packages) {
        this.requirements = requirements;
        this.packages = packages;
    }

    /** A package item as shown: the requirement's details when known. */
    record Row(UUID id, long quantity, String description, String category, String unit, Integer rank) {
    }

    /** An approved item and how much of it no live package has taken yet. */
    record Available(UUID id, int rank, String description, String category, long quantity, long left, String unit,
            Money unitCost) {
    }

    /** The package's items as rows, in the order of the detail (the priority order of the list). */
    static List<Row> rows(List<PackageDetail.Line> lines) {
        return lines.stream().map(l -> {
            RequirementItem r = l.requirement();
            return r == null ? new Row(l.taken().requirementItemId(), l.taken().quantity(), null, null, null, null)
                    : new Row(r.id(), l.taken().quantity(), r.description(), r.category().name(), r.quantity().unit(),
                            r.rank());
        }).toList();
    }

    /** Items of the approved list with something left, in rank order; empty while no list is approved. */
    @Transactional(readOnly = true)
    List<Available> available() {
        RequirementList approved = requirements.latestApproved().orElse(null);
        if (approved == null) {
            return List.of();
        }
        Map<UUID, Long> taken = packages.allocated(approved.items().stream().map(RequirementItem::id).toList());
        return approved.items().stream()
                .map(i -> new Available(i.id(), i.rank(), i.description(), i.category().name(), i.quantity().value(),
                        i.quantity().value() - taken.getOrDefault(i.id(), 0L), i.quantity().unit(), i.unitCost()))
                .filter(a -> a.left() > 0)
                .toList();
    }
}
