package org.palisade.deliveries;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.Requirements;
import org.springframework.stereotype.Component;

/** What the requirements module says of a package's items: their descriptions, and whose needs they are. */
@Component
class Recipients {

    private final Requirements requirements;

    Recipients(Requirements requirements) {
        this.requirements = requirements;
    }

    /** The package's items as the requirement lists describe them, by id (items the viewer may not read are absent). */
    Map<UUID, RequirementItem> items(AidPackage pkg) {
        return requirements.items(pkg.items().stream().map(PackageItem::requirementItemId).toList()).stream()
                .collect(Collectors.toMap(RequirementItem::id, Function.identity()));
    }

    /**
     * The recipient organisations of a package: the owners of the requirement lists its items come from (one, in
     * practice). Their planners confirm receipt.
     */
    Set<UUID> of(AidPackage pkg, Map<UUID, RequirementItem> items) {
        Set<UUID> lists = items.values().stream().map(RequirementItem::listId).collect(Collectors.toSet());
        Set<UUID> owners = new LinkedHashSet<>();
        for (UUID list : lists) {
            owners.add(requirements.get(list).ownerId());
        }
        return owners;
    }

    Set<UUID> of(AidPackage pkg) {
        return of(pkg, items(pkg));
    }

    /** The item's description, or null when its requirement list is not disclosed to the viewer. */
    static String describe(Map<UUID, RequirementItem> items, UUID id) {
        RequirementItem r = items.get(id);
        return r == null ? null : r.description();
    }

    static String unit(Map<UUID, RequirementItem> items, UUID id) {
        RequirementItem r = items.get(id);
        return r == null ? "" : r.quantity().unit();
    }

    static List<UUID> ids(AidPackage pkg) {
        return pkg.items().stream().map(PackageItem::requirementItemId).toList();
    }
}
