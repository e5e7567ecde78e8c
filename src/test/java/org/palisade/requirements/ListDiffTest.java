package org.palisade.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.requirements.RequirementListTest.T1;
import static org.palisade.requirements.RequirementListTest.approved;
import static org.palisade.requirements.RequirementListTest.at;
import static org.palisade.requirements.RequirementListTest.details;
import static org.palisade.requirements.RequirementListTest.draftWith;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;

class ListDiffTest {

    @Test
    void versionsAreComparedRequirementByRequirementThroughTheirLineage() {
        RequirementList v1 = approved(draftWith("Patriot interceptors", "155 mm shells", "Spare barrels"));
        RequirementList v2 = v1.startRevision(UUID.randomUUID(), 2, T1, UUID::randomUUID);
        RequirementItem patriot = at(v2, 1);
        RequirementItem shells = at(v2, 2);
        RequirementItem barrels = at(v2, 3);
        ItemDetails moreShells = new ItemDetails(shells.category(), shells.description(),
                new Quantity(20, shells.quantity().unit()), shells.unitCost(), shells.neededBy());
        ItemDetails dearerPatriot = new ItemDetails(patriot.category(), patriot.description(), patriot.quantity(),
                Money.of("4200000", "USD"), patriot.neededBy());
        v2 = v2.editItem(shells.id(), moreShells, T1)
                .editItem(patriot.id(), dearerPatriot, T1)
                .removeItem(barrels.id(), T1)
                .addItem(UUID.randomUUID(), UUID.randomUUID(), details("Counter-drone jammers"), 1, T1);

        ListDiff diff = ListDiff.between(v1, v2);

        assertThat(diff.added()).extracting(RequirementItem::description).containsExactly("Counter-drone jammers");
        assertThat(diff.removed()).extracting(RequirementItem::description).containsExactly("Spare barrels");
        assertThat(diff.reranked()).extracting(ListDiff.Reranked::description, ListDiff.Reranked::fromRank,
                ListDiff.Reranked::toRank).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Patriot interceptors", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("155 mm shells", 2, 3));
        assertThat(diff.quantityChanged()).singleElement().satisfies(q -> {
            assertThat(q.lineage()).isEqualTo(shells.lineage());
            assertThat(q.from().value()).isEqualTo(10);
            assertThat(q.to().value()).isEqualTo(20);
        });
        assertThat(diff.costChanged()).singleElement().satisfies(c -> {
            assertThat(c.lineage()).isEqualTo(patriot.lineage());
            assertThat(c.from()).isEqualTo(Money.of("4000000", "USD"));
            assertThat(c.to()).isEqualTo(Money.of("4200000", "USD"));
        });
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void anUnchangedCopyShowsNoDifference() {
        RequirementList v1 = approved(draftWith("a", "b"));
        RequirementList v2 = v1.startRevision(UUID.randomUUID(), 2, T1, UUID::randomUUID);
        assertThat(ListDiff.between(v1, v2).isEmpty()).isTrue();
    }
}
