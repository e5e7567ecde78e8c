package org.palisade.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.security.Disclosure;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

class PackagePermissionsTest {

    static final UUID NATO = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final Viewer COORDINATOR = new Viewer(NATO, Set.of(Role.COORDINATOR), false);
    static final Viewer OTHER_COORDINATOR = new Viewer(OTHER, Set.of(Role.COORDINATOR), false);
    static final Viewer SUPPLIER = new Viewer(UUID.randomUUID(), Set.of(Role.SUPPLIER), false);

    static AidPackage in(PackageStatus status) {
        return new AidPackage(UUID.randomUUID(), 3, "Package", Money.of("500", "EUR"), status, NATO,
                Disclosure.PUBLIC, List.of(), Instant.EPOCH, 0);
    }

    @Test
    void coordinatorsAssemblePackagesOnlyInTheirOwnOrganisationsName() {
        assertThat(PackagePermissions.mayProposeFor(COORDINATOR, NATO)).isTrue();
        assertThat(PackagePermissions.mayProposeFor(COORDINATOR, OTHER)).isFalse();
        assertThat(PackagePermissions.mayPropose(SUPPLIER)).isFalse();
    }

    @Test
    void theOwningCoordinatorOpensFundsAndCancelsTheSupplierContractsAndDelivers() {
        assertThat(PackagePermissions.moves(COORDINATOR, in(PackageStatus.PROPOSED)))
                .containsExactly(PackageStatus.OPEN, PackageStatus.CANCELLED);
        assertThat(PackagePermissions.moves(OTHER_COORDINATOR, in(PackageStatus.PROPOSED))).isEmpty();
        assertThat(PackagePermissions.moves(SUPPLIER, in(PackageStatus.FUNDED))).containsExactly(PackageStatus.CONTRACTED);
        assertThat(PackagePermissions.moves(COORDINATOR, in(PackageStatus.FUNDED))).containsExactly(PackageStatus.CANCELLED);
        assertThat(PackagePermissions.moves(Viewer.ANONYMOUS, in(PackageStatus.OPEN))).isEmpty();
    }

    @Test
    void itemsAreAddedByTheOwningCoordinatorWhileThePackageIsBeingAssembled() {
        assertThat(PackagePermissions.mayAddItems(COORDINATOR, in(PackageStatus.OPEN))).isTrue();
        assertThat(PackagePermissions.mayAddItems(COORDINATOR, in(PackageStatus.FUNDED))).isFalse();
        assertThat(PackagePermissions.mayAddItems(OTHER_COORDINATOR, in(PackageStatus.OPEN))).isFalse();
    }
}
