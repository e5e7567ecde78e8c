package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.security.Disclosure;

class AidPackageTest {

    private static AidPackage proposed() {
        return new AidPackage(UUID.randomUUID(), 3, "Patriot", Money.of("500", "EUR"), PackageStatus.PROPOSED,
                UUID.randomUUID(), Disclosure.PUBLIC, List.of(), Instant.EPOCH, 0);
    }

    private static Coverage committed(String amount) {
        Money target = Money.of("500", "EUR");
        Coverage.Stage zero = Coverage.Stage.of(Money.zero(target.currency()), target);
        return new Coverage(target, zero, Coverage.Stage.of(Money.of(amount, "EUR"), target), zero, false);
    }

    @Test
    void aPackageGoesFromProposedToDeliveredStepByStep() {
        AidPackage p = proposed().open().markFunded(committed("500")).contract().startDelivery().deliver();
        assertThat(p.status()).isEqualTo(PackageStatus.DELIVERED);
        assertThat(p.status().next()).isEmpty();
    }

    @Test
    void noStepMayBeSkipped() {
        assertThatThrownBy(() -> proposed().contract()).isInstanceOf(Conflict.class)
                .hasMessage("package 3 is proposed; only open or cancel are allowed");
        assertThatThrownBy(() -> proposed().open().markFunded(committed("500")).deliver())
                .hasMessage("package 3 is funded; only contract or cancel are allowed");
    }

    @Test
    void aPackageCannotBeFundedBelowFullCommittedCoverage() {
        assertThatThrownBy(() -> proposed().open().markFunded(committed("499.99")))
                .hasMessageContaining("only 100.0% covered"); // 99.998% shows as 100.0 but is not complete
        assertThat(committed("499.99").committed().ratio()).isLessThan(BigDecimal.ONE);
    }

    @Test
    void aDeliveredOrCancelledPackageAllowsNothingMore() {
        assertThatThrownBy(() -> proposed().cancel().open()).hasMessage("package 3 is cancelled; no further action is allowed");
        assertThat(PackageStatus.CANCELLED.isLive()).isFalse();
    }

    @Test
    void itemsAreAddedOnlyWhileTheListIsBeingAssembled() {
        UUID item = UUID.randomUUID();
        AidPackage p = proposed().withItems(List.of(new PackageItem(item, 5))).withItems(List.of(new PackageItem(item, 2)));
        assertThat(p.items()).containsExactly(new PackageItem(item, 7));
        assertThatThrownBy(() -> proposed().open().markFunded(committed("600")).withItems(List.of(new PackageItem(item, 1))))
                .hasMessageContaining("items can be added only while it is proposed or open");
    }
}
