package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.ContributionStage;
import org.palisade.money.Money;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.PackageStatus;
import org.palisade.security.Disclosure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit entries keep the shape they were written in: the names of a record's state in the trail are fixed by
 * the record (its {@code @JsonProperty} names), not by its Java fields, so renaming a field in the code does
 * not change what later entries say. A change of shape must be a decision, and fails here first.
 */
class AuditShapeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> names(Object state) {
        JsonNode node = JSON.valueToTree(state);
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void aPackageIsRecordedWithTheNamesItHasAlwaysHad() {
        AidPackage p = new AidPackage(UUID.randomUUID(), 3, "Package", Money.of("500", "EUR"), PackageStatus.OPEN,
                UUID.randomUUID(), Disclosure.PUBLIC, List.of(new PackageItem(UUID.randomUUID(), 5)), Instant.EPOCH, 2);
        assertThat(names(p)).containsExactly("id", "number", "name", "target", "status", "owner", "disclosure", "items",
                "createdAt", "version");
        assertThat(names(p.target())).containsExactly("amount", "currency");
        assertThat(names(p.items().get(0))).containsExactly("requirementItemId", "quantity");
    }

    @Test
    void aContributionIsRecordedWithTheNamesItHasAlwaysHad() {
        Contribution c = new Contribution(UUID.randomUUID(), List.of(UUID.randomUUID()), null, null, Disclosure.PUBLIC,
                LocalDate.of(2025, 8, 5), ContributionStage.PLEDGED, Money.of("100", "EUR"), LocalDate.of(2025, 8, 5),
                null, null, null, null, Instant.EPOCH, 0);
        assertThat(names(c)).containsExactly("id", "contributors", "packageId", "earmark", "disclosure", "announcedOn",
                "stage", "pledged", "pledgedOn", "committed", "committedOn", "paid", "paidOn", "createdAt", "version");
    }
}
