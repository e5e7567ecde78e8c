package org.palisade.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Violation;
import org.palisade.platform.Violations;

class ItemDetailsTest {

    static final MoneyAmount FOUR_MILLION = new MoneyAmount(new BigDecimal("4000000"), "USD");

    @Test
    void aValidItemIsReadWithItsQuantityAndUnitCost() {
        Violations v = new Violations();
        ItemDetails d = ItemDetails.from(new ItemInput("AIR_AND_MISSILE_DEFENCE", " Patriot PAC-3 MSE ", 40L,
                "interceptors", FOUR_MILLION, LocalDate.of(2025, 12, 1)), "", v);
        assertThat(v.isEmpty()).isTrue();
        assertThat(d.description()).isEqualTo("Patriot PAC-3 MSE");
        assertThat(d.quantity()).isEqualTo(new Quantity(40, "interceptors"));
        assertThat(d.unitCost().amount()).isEqualByComparingTo("4000000.00");
    }

    @Test
    void everyInvalidFieldIsNamedUnderItsPrefix() {
        Violations v = new Violations();
        ItemDetails d = ItemDetails.from(new ItemInput("LASERS", " ", 0L, null,
                new MoneyAmount(new BigDecimal("-1"), "EUR"), null), "items[3].", v);
        assertThat(d).isNull();
        assertThat(fields(v)).containsExactly("items[3].category", "items[3].description", "items[3].unit",
                "items[3].quantity", "items[3].unitCost.amount");
    }

    @Test
    void unitCostIsRequiredAndMustBeAKnownCurrencyWithinTenToTheThirteenth() {
        Violations missing = new Violations();
        ItemDetails.from(new ItemInput("OTHER", "x", 1L, "pcs", null, null), "", missing);
        assertThat(fields(missing)).containsExactly("unitCost");
        Violations unknown = new Violations();
        ItemDetails.from(new ItemInput("OTHER", "x", 1L, "pcs", new MoneyAmount(BigDecimal.TEN, "XYZ"), null), "",
                unknown);
        assertThat(fields(unknown)).containsExactly("unitCost.currency");
        Violations huge = new Violations();
        ItemDetails.from(new ItemInput("OTHER", "x", 1L, "pcs",
                new MoneyAmount(new BigDecimal("10000000000000.01"), "USD"), null), "", huge);
        assertThat(fields(huge)).containsExactly("unitCost.amount");
    }

    @Test
    void everyProblemOfAnItemsShapeIsWordedInBothLanguagesOfThePages() throws Exception {
        Violations v = new Violations();
        ItemDetails.from(new ItemInput("LASERS", "x".repeat(ItemDetails.DESCRIPTION_MAX + 1), 0L, " ",
                new MoneyAmount(new BigDecimal("1.234"), "EUR"), null), "", v);
        ItemDetails.from(new ItemInput(null, null, null, "u".repeat(ItemDetails.UNIT_MAX + 1),
                new MoneyAmount(null, "QQQ"), null), "", v);
        java.util.List<Violation> found;
        try {
            v.throwIfAny();
            throw new AssertionError("expected violations");
        } catch (InvalidRequest e) {
            found = e.violations();
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(10);
        for (String language : java.util.List.of("en", "uk")) {
            java.util.Properties bundle = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/messages_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(found).allSatisfy(violation -> {
                assertThat(violation.wording()).as(violation.field() + ": " + violation.message()).isNotNull();
                assertThat(bundle).as(language + " wording of " + violation.field())
                        .containsKey(violation.wording().getCodes()[0]);
            });
        }
    }

    static java.util.List<String> fields(Violations v) {
        try {
            v.throwIfAny();
            return java.util.List.of();
        } catch (InvalidRequest e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }
}
