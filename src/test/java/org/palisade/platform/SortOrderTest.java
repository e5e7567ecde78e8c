package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SortOrderTest {

    static final SortOrder.Columns COLUMNS = SortOrder.Columns.of("announced", "c.announced_on", "amount",
            "c.pledged_amount", "name", "o.name").descendingFirst("announced", "amount");
    static final SortOrder NEWEST = COLUMNS.first("announced");

    @Test
    void aPageReadsTheColumnAndDirectionInEitherSpellingAndOnlyEverUsesTheListsOwnSql() {
        assertThat(COLUMNS.read("amount,asc", null, NEWEST).orderBy()).isEqualTo("c.pledged_amount ASC");
        assertThat(COLUMNS.read("amount", "desc", NEWEST).orderBy()).isEqualTo("c.pledged_amount DESC");
        assertThat(COLUMNS.read("AMOUNT", "DESC", NEWEST).text()).isEqualTo("amount,desc");
        // a column without a direction starts where its heading starts: amounts largest first, names from A
        assertThat(COLUMNS.read("amount", null, NEWEST).descending()).isTrue();
        assertThat(COLUMNS.read("name", "sideways", NEWEST).descending()).isFalse();
    }

    @Test
    void anUnknownColumnFallsBackToTheDefaultInsteadOfReachingSql() {
        assertThat(COLUMNS.read("c.id; DROP TABLE contribution", "desc", NEWEST)).isEqualTo(NEWEST);
        assertThat(COLUMNS.read("password,desc", null, NEWEST)).isEqualTo(NEWEST);
        assertThat(COLUMNS.read(null, "asc", NEWEST)).isEqualTo(NEWEST);
        assertThat(NEWEST.orderBy()).isEqualTo("c.announced_on DESC");
    }

    @Test
    void theApiIsToldWhichColumnsItMaySortBy() {
        assertThatThrownBy(() -> Paging.of(0, 20, "password", COLUMNS)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("sort");
        assertThat(Paging.of(0, 20, null, COLUMNS).orderBy()).isEqualTo("c.announced_on ASC");
        assertThat(Paging.of(1, 20, "name,desc", COLUMNS).sortText()).isEqualTo("name,desc");
    }

    @Test
    void aHeadingTurnsItsColumnRoundAndKeepsTheFiltersButNotThePage() {
        PageAddress here = PageAddress.of("/contributions", "stage=PLEDGED&sort=amount,desc&page=3&lang=uk&q=%D0%B4",
                "sort", "dir", "page");
        SortOrder.Links links = SortOrder.Links.of(COLUMNS.by("amount", true), COLUMNS, here, "amount",
                "coverage.pledged", "announced", "contributions.announced");
        assertThat(links.href("amount")).isEqualTo("/contributions?stage=PLEDGED&q=%D0%B4&sort=amount,asc");
        assertThat(links.href("announced")).isEqualTo("/contributions?stage=PLEDGED&q=%D0%B4&sort=announced,desc");
        assertThat(links.ariaSort("amount")).isEqualTo("descending");
        assertThat(links.ariaSort("announced")).isEqualTo("none");
        assertThat(links.pages()).isEqualTo("/contributions?stage=PLEDGED&q=%D0%B4&sort=amount,desc");
        assertThat(links.kept()).containsExactly(Map.entry("stage", "PLEDGED"), Map.entry("q", "д"));
        assertThat(links.choices()).extracting(SortOrder.Links.Choice::value)
                .containsExactly("amount,desc", "amount,asc", "announced,desc", "announced,asc");
    }

    @Test
    void aStatusSortsInTheOrderOfItsLife() {
        enum Stage { PLEDGED, COMMITTED, PAID }
        assertThat(SortOrder.inOrderOf("c.stage", Stage.values()))
                .isEqualTo("array_position(CAST(ARRAY['PLEDGED', 'COMMITTED', 'PAID'] AS text[]), CAST(c.stage AS text))");
    }
}
