package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.Quantity;
import org.palisade.requirements.RequirementItem;

/** Allocation, the packages module's main rule, as a person would state it. */
class AllocationTest {

    static RequirementItem interceptors(ListStatus listStatus, long quantity) {
        return new RequirementItem(UUID.randomUUID(), UUID.randomUUID(), 2, listStatus, UUID.randomUUID(),
                CapabilityCategory.AIR_AND_MISSILE_DEFENCE, "Patriot interceptors", new Quantity(quantity, "interceptors"),
                Money.of("4000000", "USD"), 1, null);
    }

    @Test
    void aPackageTakesAtMostWhatLivePackagesHaveLeftOfAnItem() {
        RequirementItem item = interceptors(ListStatus.APPROVED, 10);
        List<Allocation.Refused> refused = Allocation.check(List.of(new PackageItem(item.id(), 7)),
                Map.of(item.id(), item), Map.of(item.id(), 4L));
        assertThat(refused).containsExactly(new Allocation.Refused(0, "quantity",
                new PackageRefusal.QuantityLeft("Patriot interceptors", 6, "interceptors", 7)));
        assertThat(Allocation.check(List.of(new PackageItem(item.id(), 6)), Map.of(item.id(), item),
                Map.of(item.id(), 4L))).isEmpty();
    }

    @Test
    void theSameItemAskedTwiceInOneRequestCountsTogether() {
        RequirementItem item = interceptors(ListStatus.APPROVED, 10);
        List<Allocation.Refused> refused = Allocation.check(
                List.of(new PackageItem(item.id(), 6), new PackageItem(item.id(), 5)), Map.of(item.id(), item), Map.of());
        assertThat(refused).extracting(Allocation.Refused::field).containsExactly("items[1].quantity");
    }

    @Test
    void aPackageTakesItemsOfTheApprovedListOnly() {
        RequirementItem draft = interceptors(ListStatus.DRAFT, 10);
        UUID unknown = UUID.randomUUID();
        List<Allocation.Refused> refused = Allocation.check(
                List.of(new PackageItem(draft.id(), 1), new PackageItem(unknown, 1)), Map.of(draft.id(), draft), Map.of());
        assertThat(refused).containsExactly(
                new Allocation.Refused(0, "item", new PackageRefusal.ItemNotApproved("Patriot interceptors", 2,
                        ListStatus.DRAFT)),
                new Allocation.Refused(1, "item", new PackageRefusal.UnknownItem(unknown)));
    }
}
