package org.palisade.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.PackageStatus;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.security.Disclosure;

class DeliveryLedgerTest {

    static final UUID ITEM = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);
    static final AidPackage PKG = new AidPackage(UUID.randomUUID(), 7, "Test", Money.of("100", "USD"),
            PackageStatus.DELIVERING, UUID.randomUUID(), Disclosure.PUBLIC, List.of(new PackageItem(ITEM, 10)),
            Instant.EPOCH, 0);

    static Shipment shipment(long quantity, Map<Milestone, LocalDate> reached, List<Discrepancy> discrepancies,
            boolean received) {
        UUID id = UUID.randomUUID();
        return new Shipment(id, 1, PKG.id(), null, Map.of(Milestone.HANDED_OVER, LocalDate.of(2025, 9, 30)), reached,
                List.of(new ShipmentItem(ITEM, quantity)), discrepancies, received ? Instant.EPOCH : null,
                received ? "planner" : null, Instant.EPOCH, "supplier", 0);
    }

    static Discrepancy discrepancy(long quantity, Resolution resolution) {
        return new Discrepancy(UUID.randomUUID(), 1, UUID.randomUUID(), ITEM, DiscrepancyKind.DAMAGED, quantity, "wet",
                Instant.EPOCH, "planner", resolution, null, null, null);
    }

    static final Map<Milestone, LocalDate> HANDED_OVER = Map.of(Milestone.SHIPPED, LocalDate.of(2025, 9, 1),
            Milestone.AT_HUB, LocalDate.of(2025, 9, 5), Milestone.HANDED_OVER, LocalDate.of(2025, 9, 9));

    @Test
    void onlyConfirmedQuantitiesCountAsDelivered() {
        DeliveryLedger ledger = DeliveryLedger.of(PKG, List.of(shipment(6, HANDED_OVER, List.of(), true),
                shipment(4, HANDED_OVER, List.of(), false)));
        assertThat(ledger.line(ITEM).confirmed()).isEqualTo(6);
        assertThat(ledger.line(ITEM).leftToShip()).isZero();
        assertThat(ledger.complete()).isFalse();
    }

    @Test
    void aReplacementFreesItsQuantityToBeShippedAgainAndACreditCompletesTheItem() {
        Shipment damaged = shipment(10, HANDED_OVER, List.of(discrepancy(2, Resolution.REPLACEMENT)), true);
        assertThat(DeliveryLedger.of(PKG, List.of(damaged)).line(ITEM).leftToShip()).isEqualTo(2);
        Shipment credited = shipment(10, HANDED_OVER, List.of(discrepancy(2, Resolution.CREDIT)), true);
        DeliveryLedger ledger = DeliveryLedger.of(PKG, List.of(credited));
        assertThat(ledger.line(ITEM).leftToShip()).isZero();
        assertThat(ledger.line(ITEM).confirmed()).isEqualTo(8);
        assertThat(ledger.complete()).isTrue();
    }

    @Test
    void anOpenDiscrepancyKeepsThePackageFromBeingDeliveredAndARejectedOneCountsAsDelivered() {
        assertThat(DeliveryLedger.of(PKG, List.of(shipment(10, HANDED_OVER, List.of(discrepancy(1, null)), true)))
                .complete()).isFalse();
        assertThat(DeliveryLedger.of(PKG, List.of(shipment(10, HANDED_OVER,
                List.of(discrepancy(1, Resolution.REJECTED)), true))).complete()).isTrue();
    }

    @Test
    void milestonesAreReachedInOrderNotBeforeThePreviousOneAndNotAfterToday() {
        Shipment s = shipment(1, Map.of(), List.of(), false);
        assertThatThrownBy(() -> s.reach(Milestone.AT_HUB, TODAY, TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("must reach shipped before at-hub");
        assertThatThrownBy(() -> s.reach(Milestone.SHIPPED, TODAY.plusDays(1), TODAY)).isInstanceOf(InvalidRequest.class);
        Shipment shipped = s.reach(Milestone.SHIPPED, LocalDate.of(2025, 9, 20), TODAY);
        assertThatThrownBy(() -> shipped.reach(Milestone.AT_HUB, LocalDate.of(2025, 9, 19), TODAY))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("cannot be before shipped");
    }

    @Test
    void aShipmentIsOverdueOncePastTheExpectedDateOfItsNextMilestone() {
        Shipment s = shipment(1, Map.of(), List.of(), false);
        assertThat(s.isOverdue(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(s.isOverdue(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(shipment(1, HANDED_OVER, List.of(), false).isOverdue(TODAY)).isFalse();
    }

    @Test
    void aLeadTimeSpreadGivesTheMedianAndTheShortestAndLongest() {
        assertThat(LeadTimeReport.Spread.of(List.of(50L, 40L, 90L))).isEqualTo(new LeadTimeReport.Spread(3, 50L, 40L, 90L));
        assertThat(LeadTimeReport.Spread.of(List.of(40L, 51L))).isEqualTo(new LeadTimeReport.Spread(2, 45L, 40L, 51L));
        assertThat(LeadTimeReport.Spread.of(List.of()).median()).isNull();
    }

    @Test
    void everyMilestoneKindAndResolutionShownOnAPageHasItsTextInBothLanguages() throws Exception {
        for (String language : List.of("en", "uk")) {
            java.util.Properties messages = org.palisade.platform.TemplateTextTestAccess.bundle(language);
            for (Milestone m : Milestone.values()) {
                for (String prefix : List.of("deliveries.milestone.", "deliveries.milestone.on.",
                        "deliveries.milestone.record.")) {
                    assertThat(messages.getProperty(prefix + m.name())).as(prefix + m + " in " + language).isNotBlank();
                }
            }
            for (DiscrepancyKind k : DiscrepancyKind.values()) {
                assertThat(messages.getProperty("deliveries.kind." + k.name())).as(k + " in " + language).isNotBlank();
            }
            for (Resolution r : Resolution.values()) {
                assertThat(messages.getProperty("deliveries.resolution." + r.name())).isNotBlank();
                assertThat(messages.getProperty("deliveries.resolution." + r.name() + ".hint")).isNotBlank();
            }
        }
    }

    @Test
    void everyRefusalIsSaidInBothLanguagesWithTheSamePlaceholders() throws Exception {
        java.util.Properties en = org.palisade.platform.TemplateTextTestAccess.bundle("en");
        java.util.Properties uk = org.palisade.platform.TemplateTextTestAccess.bundle("uk");
        for (Class<?> type : DeliveryRefusal.class.getPermittedSubclasses()) {
            String key = DeliveryRefusalWords.key(type);
            assertThat(en.getProperty(key)).as("English text of " + key).isNotBlank();
            assertThat(uk.getProperty(key)).as("Ukrainian text of " + key).isNotBlank();
            assertThat(placeholders(uk.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
