package org.palisade.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.organisations.Alliance;
import org.palisade.organisations.Membership;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pledge statement reads membership through the inlined {@code alliance_memberships}; the rebuilds of the
 * public rows still use {@code alliance_members}. Both must say the same of every set of contributors on every
 * day, or a rebuild would move money between membership rows.
 */
@PalisadeTest
class AllianceMembershipsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organisations organisations;

    /** Sweden in NATO from 2024-03-07 and in the EU from 1995, New Zealand in neither. */
    private List<UUID> membersAndNot() {
        UUID swe = fixtures.contributor("SWE");
        Organisation o = organisations.get(swe);
        if (o.memberships().stream().noneMatch(m -> m.alliance() == Alliance.NATO)) {
            organisations.addMembership(swe, new Membership(Alliance.NATO, LocalDate.of(2024, 3, 7), null), null);
        }
        if (o.memberships().stream().noneMatch(m -> m.alliance() == Alliance.EU)) {
            organisations.addMembership(swe, new Membership(Alliance.EU, LocalDate.of(1995, 1, 1), null), null);
        }
        return List.of(swe, fixtures.organisation("NZL", OrganisationKind.CONTRIBUTOR).id());
    }

    @Test
    void bothLookUpsAgreeOnEverySetOfContributorsAndDay() {
        List<UUID> organisations = new ArrayList<>(membersAndNot());
        organisations.addAll(jdbc.sql("SELECT id FROM organisation ORDER BY code LIMIT 10").query(UUID.class).list());
        List<UUID[]> sets = new ArrayList<>();
        for (UUID a : organisations) {
            sets.add(new UUID[] {a});
            for (UUID b : organisations) {
                if (!a.equals(b)) {
                    sets.add(new UUID[] {a, b});
                }
            }
        }
        sets.add(organisations.toArray(UUID[]::new));
        List<LocalDate> days = List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 4),
                LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7), LocalDate.of(2026, 1, 1));
        int compared = 0;
        java.util.Set<String> answers = new java.util.HashSet<>();
        for (UUID[] set : sets) {
            for (LocalDate day : days) {
                var both = jdbc.sql("""
                        SELECT alliance_members(:ids, 'NATO', :on) AS old_nato, alliance_members(:ids, 'EU', :on) AS old_eu,
                               a.nato, a.eu
                        FROM alliance_memberships(:ids, :on) a""")
                        .param("ids", set).param("on", day)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                        .single();
                assertThat(both[2]).as("NATO of %s on %s", List.of(set), day).isEqualTo(both[0]);
                assertThat(both[3]).as("EU of %s on %s", List.of(set), day).isEqualTo(both[1]);
                answers.add("NATO " + both[2]);
                answers.add("EU " + both[3]);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(sets.size() * days.size());
        // Sweden alone, with New Zealand, and New Zealand alone: every answer is among those compared
        assertThat(answers).contains("NATO ALL", "NATO SOME", "NATO NONE", "EU ALL", "EU SOME", "EU NONE");
    }
}
