package org.palisade.deliveries;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageItem;
import org.palisade.packages.Packages;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.requirements.RequirementsFixture;
import org.palisade.security.Disclosure;
import org.palisade.testing.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Test set-up through the real use cases: a package of items of a new approved list (10 interceptors each,
 * UKR's needs), funded by the Netherlands and contracted by the supplier, ready for shipments.
 */
@Component
class ContractedPackages {

    private final Requirements requirements;
    private final Organisations organisations;
    private final Packages packages;
    private final Contributions contributions;
    private final Fixtures fixtures;

    ContractedPackages(Requirements requirements, Organisations organisations, Packages packages,
            Contributions contributions, Fixtures fixtures) {
        this.requirements = requirements;
        this.organisations = organisations;
        this.packages = packages;
        this.contributions = contributions;
        this.fixtures = fixtures;
    }

    /** A contracted package holding {@code quantity} of each of these new items, and its items. */
    record Contracted(AidPackage pkg, List<UUID> items) {

        UUID item(int i) {
            return items.get(i);
        }
    }

    Contracted contracted(long quantity, String... descriptions) {
        String[] unique = new String[descriptions.length];
        for (int i = 0; i < descriptions.length; i++) {
            unique[i] = descriptions[i] + " " + UUID.randomUUID();
        }
        fixtures.usdRates();
        RequirementList list = RequirementsFixture.approvedList(requirements, organisations, unique);
        List<UUID> items = list.items().stream().map(RequirementItem::id).toList();
        Money target = Money.of(String.valueOf(4_000_000L * quantity * items.size()), "USD");
        AidPackage p = packages.propose(new Packages.Proposal("Deliveries test " + UUID.randomUUID(), target,
                fixtures.coordinator(), Disclosure.PUBLIC, items.stream().map(i -> new PackageItem(i, quantity)).toList()));
        packages.open(p.id(), null, null);
        Contribution c = contributions.pledge(new Contributions.Pledge(List.of(fixtures.contributor("NLD")), target,
                p.id(), null, Disclosure.PUBLIC, LocalDate.of(2025, 8, 4), null));
        contributions.commit(c.id(), target, LocalDate.of(2025, 8, 5), null);
        packages.fund(p.id(), null, null);
        return new Contracted(packages.contract(p.id(), null, null), items);
    }
}
