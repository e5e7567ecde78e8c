package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.security.Role;
import org.palisade.security.Viewer;

/** Viewers who may read different records never share a tag; viewers who read the same records do. */
class LedgerVersionTest {

    private static final UUID NLD = UUID.randomUUID();
    private static final UUID DEU = UUID.randomUUID();

    @Test
    void visitorsTheSystemAndEachOrganisationWithItsRolesAreTaggedApart() {
        String dutch = LedgerVersion.viewerClass(new Viewer(NLD, Set.of(Role.CONTRIBUTOR), false));
        assertThat(LedgerVersion.viewerClass(Viewer.ANONYMOUS)).isEqualTo("a");
        assertThat(LedgerVersion.viewerClass(Viewer.SYSTEM)).isEqualTo("s");
        assertThat(dutch).isNotIn("a", "s")
                .isNotEqualTo(LedgerVersion.viewerClass(new Viewer(DEU, Set.of(Role.CONTRIBUTOR), false)))
                .isNotEqualTo(LedgerVersion.viewerClass(new Viewer(NLD, Set.of(Role.CONTRIBUTOR, Role.AUDITOR), false)));
    }

    @Test
    void twoPeopleOfTheSameOrganisationAndRolesShareOneTag() {
        assertThat(LedgerVersion.viewerClass(new Viewer(NLD, Set.of(Role.CONTRIBUTOR, Role.AUDITOR), false)))
                .isEqualTo(LedgerVersion.viewerClass(new Viewer(NLD, Set.of(Role.AUDITOR, Role.CONTRIBUTOR), false)));
    }
}
