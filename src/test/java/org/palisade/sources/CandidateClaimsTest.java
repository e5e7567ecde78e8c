package org.palisade.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conventions a candidate claim follows, one rule per test, each on sentences written for it. */
class CandidateClaimsTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 6);

    static List<CandidateClaim> claims(String text) {
        return claims(text, WEDNESDAY, "Reuters");
    }

    static List<CandidateClaim> claims(String text, LocalDate published, String outlet) {
        return CandidateClaims.from(new Article(text, published, outlet, "en"));
    }

    static CandidateClaim only(String text) {
        List<CandidateClaim> found = claims(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void anAmountIsReadInTheFormsReportersWriteIt() {
        assertThat(only("Spain sends EUR 500 million of missiles to Ukraine.").amount()).isEqualByComparingTo("500000000");
        assertThat(only("Spain sends €500m of missiles to Ukraine.").amount()).isEqualByComparingTo("500000000");
        assertThat(only("Spain sends €500mn of missiles to Ukraine.").amount()).isEqualByComparingTo("500000000");
        assertThat(only("Spain sends $1.5 billion of missiles to Ukraine.").amount()).isEqualByComparingTo("1500000000");
        assertThat(only("Spain sends 500-million euros of missiles to Ukraine.").amount()).isEqualByComparingTo("500000000");
        assertThat(only("Britain sends £450m of missiles to Ukraine.").amount()).isEqualByComparingTo("450000000");
        assertThat(only("Norway sends NOK 1.5 billion of missiles to Ukraine.").amount()).isEqualByComparingTo("1500000000");
        assertThat(only("Canada sends $10.6-billion of missiles to Ukraine.").amount()).isEqualByComparingTo("10600000000");
        assertThat(only("Spain sends 1,250,000 euros of missiles to Ukraine.").amount()).isEqualByComparingTo("1250000");
    }

    @Test
    void amountsWrittenInWordsAreRead() {
        assertThat(only("Poland pays one and a half billion dollars for weapons for Ukraine.").amount())
                .isEqualByComparingTo("1500000000");
        CandidateClaim kroner = only("Denmark puts half a billion kroner into artillery for Ukraine.");
        assertThat(kroner.amount()).isEqualByComparingTo("500000000");
        assertThat(kroner.currency().code()).isEqualTo("DKK");
        assertThat(only("Italy approves two billion euros of military aid.").amount()).isEqualByComparingTo("2000000000");
    }

    @Test
    void theCurrencyWrittenFirstIsTheClaimsCurrency() {
        assertThat(only("Germany pays $500 million (€432 million) for US weapons for Ukraine.").currency().code())
                .isEqualTo("USD");
        assertThat(only("Ottawa pledged over 1 billion Canadian dollars in military aid.").currency().code()).isEqualTo("CAD");
    }

    @Test
    void aConversionInBracketsBelongsToTheSameClaim() {
        CandidateClaim claim = only("The Netherlands pays EUR 500 million ($578 million) for Patriot missiles for Ukraine.");
        assertThat(claim.amount()).isEqualByComparingTo("500000000");
        assertThat(claim.currency().code()).isEqualTo("EUR");
        assertThat(claims("Sweden buys drones worth 1 billion Swedish kronor, or roughly $105 million, for Ukraine."))
                .singleElement().satisfies(c -> assertThat(c.currency().code()).isEqualTo("SEK"));
    }

    @Test
    void aBareDollarIsTheDollarOfTheOutletsCountry() {
        String text = "The government will send $100 million in military aid to Ukraine.";
        assertThat(claims(text, WEDNESDAY, "ABC News Australia").get(0).currency().code()).isEqualTo("AUD");
        assertThat(claims(text, WEDNESDAY, "CBC News").get(0).currency().code()).isEqualTo("CAD");
        assertThat(claims(text, WEDNESDAY, "https://www.rnz.co.nz/news").get(0).currency().code()).isEqualTo("NZD");
        assertThat(claims(text, WEDNESDAY, "Associated Press").get(0).currency().code()).isEqualTo("USD");
        assertThat(claims("Australia will buy US$50 million of munitions for Ukraine.", WEDNESDAY, "ABC News Australia")
                .get(0).currency().code()).isEqualTo("USD");
    }

    @Test
    void hedgesMakeAnAmountApproximate() {
        for (String hedge : List.of("about", "around", "roughly", "some", "almost", "nearly")) {
            CandidateClaim claim = only("Belgium gives " + hedge + " €1 billion in military aid.");
            assertThat(claim.approximate()).as(hedge).isTrue();
            assertThat(claim.rangeLow()).isNull();
            assertThat(claim.rangeHigh()).isNull();
        }
        assertThat(only("Belgium gives €1 billion in military aid.").approximate()).isFalse();
    }

    @Test
    void atLeastMoreThanAndOverAreLowerBounds() {
        for (String hedge : List.of("at least", "more than", "over")) {
            CandidateClaim claim = only("Norway pays " + hedge + " NOK 7 billion for air defence for Ukraine.");
            assertThat(claim.rangeLow()).as(hedge).isEqualByComparingTo("7000000000");
            assertThat(claim.rangeHigh()).isNull();
            assertThat(claim.approximate()).isFalse();
        }
    }

    @Test
    void upToIsAnUpperBound() {
        CandidateClaim claim = only("The Dutch cabinet set aside up to €300 million for drones for Ukraine.");
        assertThat(claim.rangeHigh()).isEqualByComparingTo("300000000");
        assertThat(claim.rangeLow()).isNull();
    }

    @Test
    void aStatedRangeGivesBothEnds() {
        CandidateClaim claim = only("Germany will give between €1 billion and €2 billion for air defence.");
        assertThat(claim.rangeLow()).isEqualByComparingTo("1000000000");
        assertThat(claim.rangeHigh()).isEqualByComparingTo("2000000000");
    }

    @Test
    void contributorsAreResolvedFromNamesDemonymsAndCapitals() {
        assertThat(only("The Dutch government earmarked €250 million for drones for Ukraine.").contributors())
                .containsExactly("NLD");
        assertThat(only("Berlin will finance two Patriot systems at a cost of $2 billion.").contributors())
                .containsExactly("DEU");
        assertThat(only("Washington approved a $325 million weapons package for Ukraine.").contributors())
                .containsExactly("USA");
        assertThat(only("The U.K. will send £150m of artillery rounds to Ukraine.").contributors()).containsExactly("GBR");
    }

    @Test
    void aJointListIsOneClaimOfAllItsContributors() {
        assertThat(only("Denmark, Norway and Sweden jointly financed a $495 million package of US weapons.").contributors())
                .containsExactly("DNK", "NOR", "SWE");
        assertThat(only("Latvia, together with Estonia and Lithuania, will pay €30 million for anti-drone systems.")
                .contributors()).containsExactly("EST", "LTU", "LVA");
    }

    @Test
    void standardGroupsAreExpanded() {
        assertThat(only("The Baltic states will jointly give €45 million in ammunition for Ukraine.").contributors())
                .containsExactly("EST", "LTU", "LVA");
    }

    @Test
    void placesSuppliersAndTheRecipientAreNotContributors() {
        assertThat(only("At a meeting in London, Norway pledged £100m for air defence for Ukraine.").contributors())
                .containsExactly("NOR");
        assertThat(only("Canada will pay $200 million for American-made weapons for Ukraine.").contributors())
                .containsExactly("CAN");
        assertThat(only("Belgium will spend $100 million on munitions bought from the United States for Ukraine.")
                .contributors()).containsExactly("BEL");
    }

    @Test
    void natoIsNotAContributorWhereItOnlyCoordinates() {
        assertThat(only("Through NATO, the Netherlands will fund a €500 million PURL package of American equipment.")
                .contributors()).containsExactly("NLD");
        assertThat(only("NATO Secretary General Mark Rutte said Germany would pay $500 million for US weapons.")
                .contributors()).containsExactly("DEU");
        assertThat(only("NATO said allies had pledged more than $1 billion for PURL packages so far.").contributors())
                .isEmpty();
    }

    @Test
    void theEuIsAContributorWhereItPays() {
        assertThat(only("The European Union will provide €5 billion for military aid through the European Peace Facility.")
                .contributors()).containsExactly("EU");
        assertThat(only("EU countries have provided around €60 billion in military aid since the start of the war.")
                .contributors()).isEmpty();
    }

    @Test
    void twoAmountsOfTwoContributorsAreTwoClaims() {
        List<CandidateClaim> found = claims("Germany pledged €300 million for drones, while Norway promised NOK 2 billion for air defence.");
        assertThat(found).extracting(CandidateClaim::contributors).containsExactly(List.of("DEU"), List.of("NOR"));
    }

    @Test
    void aClaimIsDatedByTheTimeExpressionThatGovernsIt() {
        assertThat(only("Germany on Monday pledged €500 million for air defence.").date()).hasToString("2025-08-04");
        assertThat(only("Lithuania will give €10 million for drones, the ministry said Tuesday.").date()).hasToString("2025-08-05");
        assertThat(only("Germany financed a $500 million package of missiles in mid-August.").date()).hasToString("2025-08");
        assertThat(only("Germany pledged €500 million for air defence.").date()).isNull();
        assertThat(only("Sweden, which joined NATO in March last year, has pledged $275 million for PURL.").date()).isNull();
    }

    @Test
    void aDateThatWouldLieInTheFutureIsLastYears() {
        assertThat(claims("On Dec. 30, Sweden approved SEK 2 billion for air defence.", LocalDate.of(2026, 1, 5), "Reuters")
                .get(0).date()).hasToString("2025-12-30");
    }

    @Test
    void theFollowingDayCountsFromTheDayBefore() {
        assertThat(claims("The Netherlands funded the first package on August 4. The following day, Denmark and Sweden paid "
                + "$495 million for missiles.").get(0).date()).hasToString("2025-08-05");
    }

    @Test
    void deliveryAndSpendingPeriodsAreNotClaimDates() {
        assertThat(only("Britain will provide £200m of air defence missiles, to be delivered by March.").date()).isNull();
        assertThat(only("Denmark will spend DKK 5 billion on Ukrainian artillery between 2025 and 2027.").date()).isNull();
        assertThat(only("Norway will pay NOK 3 billion for drones to be delivered in December.").date()).isNull();
    }

    @Test
    void totalsAndCumulativeFiguresAreOfKindTotal() {
        assertThat(only("Germany has provided about €40 billion in military aid to Ukraine since 2022.").kind())
                .isEqualTo(ClaimKind.TOTAL);
        assertThat(only("Allies have financed weapons worth $1.5 billion under PURL so far.").kind()).isEqualTo(ClaimKind.TOTAL);
        assertThat(claims("Finland approved a €90 million package, bringing its total military aid to €2.9 billion."))
                .extracting(CandidateClaim::kind).containsExactly(ClaimKind.PLEDGE, ClaimKind.TOTAL);
    }

    @Test
    void aStatedPartOfAPackageIsAComponent() {
        assertThat(claims("Germany pledged €500 million, including €200 million for Patriot interceptors."))
                .extracting(CandidateClaim::kind).containsExactly(ClaimKind.PLEDGE, ClaimKind.COMPONENT);
        assertThat(claims("Sweden announced a SEK 18 billion military package. SEK 5 billion of the package will go to air defence."))
                .extracting(CandidateClaim::kind).containsExactly(ClaimKind.PLEDGE, ClaimKind.COMPONENT);
    }

    @Test
    void humanitarianMoneyIsNotMilitaryAid() {
        assertThat(claims("Ireland will give €20 million in humanitarian aid to Ukraine.")).isEmpty();
        assertThat(claims("Norway gave NOK 1 billion for humanitarian needs and NOK 5 billion for air defence."))
                .singleElement().satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("5000000000"));
    }

    @Test
    void energyAndReconstructionMoneyIsNotMilitaryAid() {
        assertThat(claims("Germany pledged €170 million to repair Ukraine's energy grid before winter.")).isEmpty();
        assertThat(claims("Japan pledged $3 billion for reconstruction of Ukrainian cities.")).isEmpty();
    }

    @Test
    void aCountrysOwnDefenceBudgetIsNotAid() {
        assertThat(claims("Germany's defence budget will rise to €108 billion next year.")).isEmpty();
        assertThat(claims("Russia plans to spend about $145 billion on its military next year.")).isEmpty();
    }

    @Test
    void loansAreNotGifts() {
        assertThat(claims("Britain will lend £2.26bn to Ukraine's armed forces, repaid from frozen Russian assets.")).isEmpty();
    }

    @Test
    void anAmountRepeatedForTheSamePledgeIsOneClaim() {
        assertThat(claims("Germany will pay $500 million for a PURL package. The $500 million will buy Patriot "
                + "interceptors, Berlin said.")).hasSize(1);
    }

    @Test
    void nothingIsDerivedThatTheTextDoesNotState() {
        assertThat(claims("Norway gave NOK 2 billion for drones. Denmark promised a similar sum, and Sweden another third."))
                .singleElement().satisfies(c -> assertThat(c.contributors()).containsExactly("NOR"));
    }

    @Test
    void numbersThatAreNotMoneyAreNoClaims() {
        assertThat(claims("NATO members agreed to raise defence spending to 5% of GDP by 2035.")).isEmpty();
        assertThat(claims("Ukraine received 155mm shells and 40 F-16 jets from its allies in 2024.")).isEmpty();
    }

    @Test
    void purlIsTheProgramWhereTheTextNamesIt() {
        assertThat(only("Canada joined the Prioritized Ukraine Requirements List with a $200 million contribution.").program())
                .isEqualTo("PURL");
        assertThat(only("Belgium gives €1 billion in military aid.").program()).isNull();
    }

    @Test
    void thePayersOfAPackageCarryIntoTheNextSentence() {
        assertThat(only("Denmark announced its 26th aid package. The package is worth 4.2 billion Danish kroner and buys artillery.")
                .contributors()).containsExactly("DNK");
    }

    @Test
    void htmlIsReadAsItsText() {
        CandidateClaim claim = only("<p>Denmark &amp; Sweden will pay <strong>&euro;200&nbsp;million</strong> for air "
                + "defence missiles.</p><p>More follows.</p>");
        assertThat(claim.contributors()).containsExactly("DNK", "SWE");
        assertThat(claim.amount()).isEqualByComparingTo("200000000");
        assertThat(claim.evidence()).isEqualTo("Denmark & Sweden will pay €200 million for air defence missiles.");
    }

    @Test
    void contributorsThatEachPledgeAnAmountMakeOneClaimEach() {
        assertThat(claims("Luxembourg and Belgium each pledged EUR 10 million to the PURL mechanism."))
                .extracting(CandidateClaim::contributors).containsExactly(List.of("BEL"), List.of("LUX"));
    }

    @Test
    void salesAreNotAid() {
        assertThat(claims("Slovak firms sold Ukraine ammunition worth more than €200 million.")).isEmpty();
    }

    @Test
    void ukrainesOwnNeedsAndPurchasesAreNotAid() {
        assertThat(claims("Ukraine needs about $120 billion for its military next year.")).isEmpty();
        assertThat(claims("Ukraine was ready to buy $90 billion worth of American weapons.")).isEmpty();
    }

    @Test
    void whoeverReportsAnAmountAfterItDoesNotPayIt() {
        assertThat(only("Weapons worth $825 million will go to Ukraine's air defence, the Pentagon said.").contributors())
                .isEmpty();
    }

    @Test
    void theCountryNamedBeforeJoinsTheListItRefersTo() {
        assertThat(claims("Norway will buy weapons for Ukraine. The Nordic country has joined Denmark and Sweden in "
                + "financing a $495 million package of missiles.")).singleElement()
                .satisfies(c -> assertThat(c.contributors()).containsExactly("DNK", "NOR", "SWE"));
    }

    @Test
    void partnersNamedAfterTheAmountPayWithTheSubject() {
        assertThat(claims("Sweden will finance a $275 million PURL package together with Norway and Denmark.").get(0)
                .contributors()).containsExactly("DNK", "NOR", "SWE");
    }

    @Test
    void aSchemeNamedAfterACountryIsNoPayer() {
        assertThat(only("Ukraine has received over $1 billion from partners for long-range weapons under the Danish model.")
                .contributors()).isEmpty();
    }

    @Test
    void aProgramBelongsToTheAmountItIsNamedWith() {
        assertThat(claims("The Netherlands will give 90 million euros for drones, and Finland will add 100 million euros to PURL."))
                .extracting(CandidateClaim::program).containsExactly(null, "PURL");
    }

    @Test
    void aShareOfAJointPackageIsAComponent() {
        assertThat(claims("Sweden will finance a $275 million PURL package together with Norway and Denmark, the Swedish "
                + "government said, adding that its share was $100 million.")).extracting(CandidateClaim::kind)
                .containsExactly(ClaimKind.PLEDGE, ClaimKind.COMPONENT);
    }
}
