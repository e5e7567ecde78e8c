package org.palisade.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationCode;
import org.palisade.organisations.OrganisationKind;
import org.palisade.packages.AidPackage;
import org.palisade.packages.PackageStatus;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Violation;
import org.palisade.security.Disclosure;

/** The rules a pledge and its stages keep on their own, without a database. */
class ContributionTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    static final Organisation NLD = new Organisation(UUID.randomUUID(), new OrganisationCode("NLD"), "Netherlands",
            true, Set.of(OrganisationKind.CONTRIBUTOR), List.of(), 0);
    static final Organisation USA = new Organisation(UUID.randomUUID(), new OrganisationCode("USA"), "United States",
            true, Set.of(OrganisationKind.SUPPLIER), List.of(), 0);

    static AidPackage pkg(PackageStatus status) {
        return new AidPackage(UUID.randomUUID(), 1, "Package", Money.of("500", "EUR"), status, UUID.randomUUID(),
                Disclosure.PUBLIC, List.of(), Instant.EPOCH, 0);
    }

    static Contributions.Pledge pledge(List<UUID> contributors, UUID packageId) {
        return new Contributions.Pledge(contributors, Money.of("100", "EUR"), packageId, null, Disclosure.PUBLIC,
                LocalDate.of(2025, 8, 5), null);
    }

    static List<Violation> refused(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidRequest e) {
            return e.violations();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPledgeIsDatedByItsAnnouncementUnlessItsOwnDateIsGiven() {
        Contribution c = Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), null),
                Map.of(NLD.id(), NLD), Optional.empty(), Instant.EPOCH);
        assertThat(c.stage()).isEqualTo(ContributionStage.PLEDGED);
        assertThat(c.pledgedOn()).isEqualTo(LocalDate.of(2025, 8, 5));
        assertThat(c.owner()).isEqualTo(NLD.id());
    }

    @Test
    void onlyRegisteredContributorsPledgeEachNamedOnce() {
        UUID unknown = UUID.randomUUID();
        List<Violation> v = refused(() -> Contribution.pledge(UUID.randomUUID(),
                pledge(List.of(NLD.id(), USA.id(), unknown, NLD.id()), null), Map.of(NLD.id(), NLD, USA.id(), USA),
                Optional.empty(), Instant.EPOCH));
        assertThat(v).extracting(Violation::refusal).containsExactly(
                new ContributionRefusal.NotAContributor("USA"), new ContributionRefusal.UnknownContributor(unknown),
                new ContributionRefusal.ContributorTwice());
    }

    @Test
    void aPackageOneMayNotSeeIsRefusedAsAnUnknownOne() {
        UUID hidden = UUID.randomUUID();
        List<Violation> v = refused(() -> Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), hidden),
                Map.of(NLD.id(), NLD), Optional.empty(), Instant.EPOCH));
        assertThat(v).extracting(Violation::refusal).containsExactly(new ContributionRefusal.UnknownPackage(hidden));
    }

    @Test
    void aPackageTakesNoNewMoneyOnceItsDeliveryHasStartedButAFundedOneStillDoes() {
        for (PackageStatus closed : List.of(PackageStatus.DELIVERING, PackageStatus.DELIVERED, PackageStatus.CANCELLED)) {
            AidPackage p = pkg(closed);
            assertThat(refused(() -> Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), p.id()),
                    Map.of(NLD.id(), NLD), Optional.of(p), Instant.EPOCH))).extracting(Violation::refusal)
                    .containsExactly(new ContributionRefusal.PackageClosed(1, closed));
        }
        AidPackage funded = pkg(PackageStatus.FUNDED);
        assertThat(Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), funded.id()), Map.of(NLD.id(), NLD),
                Optional.of(funded), Instant.EPOCH).packageId()).isEqualTo(funded.id());
    }

    @Test
    void aStageCannotBeDatedAfterToday() {
        Contribution c = Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), null), Map.of(NLD.id(), NLD),
                Optional.empty(), Instant.EPOCH);
        assertThat(refused(() -> c.commit(Money.of("100", "EUR"), LocalDate.of(2030, 1, 1), TODAY)))
                .extracting(Violation::refusal)
                .containsExactly(new ContributionRefusal.DateInFuture(LocalDate.of(2030, 1, 1), TODAY));
        assertThat(c.commit(Money.of("100", "EUR"), TODAY, TODAY).committedOn()).isEqualTo(TODAY);
    }

    @Test
    void aStageCannotExceedNorPrecedeTheStageBefore() {
        Contribution c = Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), null), Map.of(NLD.id(), NLD),
                Optional.empty(), Instant.EPOCH);
        assertThat(refused(() -> c.commit(Money.of("150", "EUR"), LocalDate.of(2025, 8, 1), TODAY)))
                .extracting(Violation::field).containsExactly("amount.amount", "date");
        assertThatThrownBy(() -> c.commit(Money.of("50", "EUR"), TODAY, TODAY).commit(Money.of("50", "EUR"), TODAY, TODAY))
                .hasMessage("contribution is committed; only pay is allowed");
    }

    @Test
    void onlyAPledgeIsCorrectedInItsOwnCurrencyNeverAfterTodayAndNeverToNothingNew() {
        Contribution c = Contribution.pledge(UUID.randomUUID(), pledge(List.of(NLD.id()), null), Map.of(NLD.id(), NLD),
                Optional.empty(), Instant.EPOCH);
        Contribution corrected = c.correct(Money.of("80", "EUR"), LocalDate.of(2025, 8, 4), TODAY);
        assertThat(corrected.pledged()).isEqualTo(Money.of("80", "EUR"));
        assertThat(corrected.pledgedOn()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(corrected.stage()).isEqualTo(ContributionStage.PLEDGED);

        assertThat(refused(() -> c.correct(Money.of("80", "USD"), LocalDate.of(2030, 1, 1), TODAY)))
                .extracting(Violation::field).containsExactly("amount.currency", "pledgedOn");
        assertThat(refused(() -> c.correct(c.pledged(), c.pledgedOn(), TODAY)))
                .extracting(Violation::refusal).containsExactly(new ContributionRefusal.NothingCorrected());
        assertThatThrownBy(() -> c.commit(Money.of("50", "EUR"), TODAY, TODAY)
                .correct(Money.of("40", "EUR"), TODAY, TODAY))
                .hasMessage("contribution is committed; only a pledge can be corrected");
    }
}
