package org.palisade.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.ContributionStage;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationCode;
import org.palisade.organisations.OrganisationKind;
import org.palisade.platform.Violation;
import org.palisade.platform.Violations;
import org.palisade.security.Disclosure;

class RowCheckTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    static Organisation org(String code, OrganisationKind kind) {
        return new Organisation(UUID.randomUUID(), new OrganisationCode(code), "Organisation " + code, true, Set.of(kind),
                List.of(), 0);
    }

    static final Map<String, Organisation> KNOWN = Map.of("DNK", org("DNK", OrganisationKind.CONTRIBUTOR),
            "NOR", org("NOR", OrganisationKind.CONTRIBUTOR), "UKR", org("UKR", OrganisationKind.RECIPIENT));

    static RowCheck check() {
        Violations header = new Violations();
        var columns = RowCheck.header(Arrays.asList(ImportFiles.HEADER.split(",")), header);
        assertThat(header.isEmpty()).isTrue();
        return new RowCheck(columns, KNOWN, TODAY);
    }

    static List<String> problems(String row) {
        Violations v = new Violations();
        check().check(7, Arrays.asList(row.split(",", -1)), v);
        return v.list().stream().map(Violation::field).toList();
    }

    @Test
    void aJointPaidContributionWithItsSourceIsReadAsItWouldBeCreated() {
        Violations v = new Violations();
        RowCheck.Line line = check().check(2, Arrays.asList(
                "dnk + NOR,495000000.00,usd,Paid,2025-08-05,purl,air and missile defence,Coalition,Title,Outlet,https://example.org/x,2025-08-05"
                        .split(",")), v);

        assertThat(v.isEmpty()).isTrue();
        assertThat(line.contributorCodes()).isEqualTo("DNK+NOR");
        assertThat(line.amount().toString()).isEqualTo("495000000.00 USD");
        assertThat(line.stage()).isEqualTo(ContributionStage.PAID);
        assertThat(line.disclosure()).isEqualTo(Disclosure.COALITION);
        assertThat(line.program()).isEqualTo(org.palisade.contributions.Program.PURL);
        assertThat(line.source().published()).isEqualTo(LocalDate.of(2025, 8, 5));
    }

    @Test
    void anOrganisationThatIsNoContributorOrIsNamedTwiceIsRefused() {
        assertThat(problems("UKR;DNK;DNK,1,EUR,pledged,2025-08-05,,,public,,,,"))
                .containsExactly("rows[7].contributors", "rows[7].contributors");
    }

    @Test
    void aStageOrAPublicationCannotLieAfterToday() {
        assertThat(problems("DNK,1,EUR,pledged,2025-09-02,,,public,Title,Outlet,,2025-09-02"))
                .containsExactly("rows[7].date", "rows[7].source_published");
    }

    @Test
    void aSourceNeedsItsTitleAndItsOutlet() {
        assertThat(problems("DNK,1,EUR,pledged,2025-08-05,,,public,,Outlet,,")).containsExactly("rows[7].source_title");
        assertThat(problems("DNK,1,EUR,pledged,2025-08-05,,,public,Title,,,")).containsExactly("rows[7].source_outlet");
    }

    @Test
    void amountsArePlainDecimalsWithinTheCurrencysMinorUnits() {
        assertThat(problems("DNK,1.5,JPY,pledged,2025-08-05,,,public,,,,")).containsExactly("rows[7].amount");
        assertThat(problems("DNK,10000000000000.01,EUR,pledged,2025-08-05,,,public,,,,")).containsExactly("rows[7].amount");
        assertThat(problems("DNK,1e6,EUR,pledged,2025-08-05,,,public,,,,")).containsExactly("rows[7].amount");
        assertThat(problems("DNK,10000000000000,EUR,pledged,2025-08-05,,,public,,,,")).isEmpty();
    }

    @Test
    void everyMissingRequiredCellIsNamed() {
        assertThat(problems(",,,,,,,,,,,")).containsExactly("rows[7].contributors", "rows[7].amount",
                "rows[7].currency", "rows[7].stage", "rows[7].date", "rows[7].disclosure");
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedBeforeAnyRow() {
        Violations v = new Violations();
        RowCheck.header(List.of("contributors", "amount", "curency", "stage", "date", "disclosure"), v);

        assertThat(v.list()).extracting(Violation::field).containsExactly("rows[1].curency", "rows[1].currency");
    }
}
