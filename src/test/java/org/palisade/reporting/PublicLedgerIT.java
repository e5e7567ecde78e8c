package org.palisade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.Contributions;
import org.palisade.money.Money;
import org.palisade.organisations.Alliance;
import org.palisade.organisations.Membership;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.security.Disclosure;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The public ledger as a visitor reads it: public money only, membership at each stage's date, the same numbers
 * in every format, and nothing of undisclosed money however figures are compared. The test database is shared,
 * so each test compares figures before and after its own pledges.
 */
@PalisadeTest
class PublicLedgerIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Contributions contributions;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    private Api visitor() {
        return new Api(port);
    }

    private JsonNode ledger(String stage) {
        var r = visitor().get("/api/v1/ledger?stage=" + stage);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode table(JsonNode ledger, String name) {
        for (JsonNode t : ledger.path("tables")) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name);
    }

    private static BigDecimal eur(JsonNode ledger, String table, String key) {
        for (JsonNode r : table(ledger, table).path("rows")) {
            if (r.path("key").asText().equals(key)) {
                return r.path("amounts").path("eur").path("amount").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal totalEur(JsonNode ledger, String table) {
        return table(ledger, table).path("total").path("eur").path("amount").decimalValue();
    }

    private UUID pledge(List<UUID> contributors, String amountEur, Disclosure disclosure, LocalDate on) {
        return contributions.pledge(new Contributions.Pledge(contributors, Money.of(amountEur, "EUR"), null, null,
                disclosure, on, null)).id();
    }

    /** Sweden, a NATO member from 2024-03-07 (added here when no other test did). */
    private UUID swedenInNato() {
        UUID swe = fixtures.contributor("SWE");
        Organisation o = organisations.get(swe);
        if (o.memberships().stream().noneMatch(m -> m.alliance() == Alliance.NATO)) {
            organisations.addMembership(swe, new Membership(Alliance.NATO, LocalDate.of(2024, 3, 7), null), null);
        }
        return swe;
    }

    @Test
    void aSwedishPledgeTheDayBeforeSwedenJoinedIsNotFromNatoTheDayAfterItIs() {
        UUID swe = swedenInNato();
        JsonNode before = ledger("PLEDGED");
        pledge(List.of(swe), "1000.00", Disclosure.PUBLIC, LocalDate.of(2024, 3, 6));
        JsonNode between = ledger("PLEDGED");
        assertThat(eur(between, "nato", "NONE").subtract(eur(before, "nato", "NONE"))).isEqualByComparingTo("1000.00");
        assertThat(eur(between, "nato", "ALL")).isEqualByComparingTo(eur(before, "nato", "ALL"));

        pledge(List.of(swe), "2000.00", Disclosure.PUBLIC, LocalDate.of(2024, 3, 8));
        JsonNode after = ledger("PLEDGED");
        assertThat(eur(after, "nato", "ALL").subtract(eur(between, "nato", "ALL"))).isEqualByComparingTo("2000.00");
        assertThat(eur(after, "nato", "NONE")).isEqualByComparingTo(eur(between, "nato", "NONE"));
        // the share adds up to the whole: members, joint with non-members, non-members
        assertThat(totalEur(after, "nato")).isEqualByComparingTo(pledgedTotal(after));
    }

    private static BigDecimal pledgedTotal(JsonNode ledger) {
        return eur(ledger, "stages", "PLEDGED");
    }

    @Test
    void aJointContributionOfMembersAndNonMembersIsCountedAsJointNotSplit() {
        UUID swe = swedenInNato();
        UUID partner = fixtures.organisation("NZL", OrganisationKind.CONTRIBUTOR).id();
        JsonNode before = ledger("PLEDGED");
        pledge(List.of(swe, partner), "300.00", Disclosure.PUBLIC, LocalDate.of(2025, 2, 3));
        JsonNode after = ledger("PLEDGED");
        assertThat(eur(after, "nato", "SOME").subtract(eur(before, "nato", "SOME"))).isEqualByComparingTo("300.00");
        assertThat(eur(after, "nato", "ALL")).isEqualByComparingTo(eur(before, "nato", "ALL"));
        assertThat(eur(after, "nato", "NONE")).isEqualByComparingTo(eur(before, "nato", "NONE"));
        assertThat(eur(after, "contributors", "SWE+NZL").subtract(eur(before, "contributors", "SWE+NZL")))
                .isEqualByComparingTo("300.00");
    }

    @Test
    void aMembershipRecordedLaterMovesPastMoneyToTheMembers() {
        Organisation late = organisations.register(new Organisations.Registration("LATE" + (System.nanoTime() % 100000),
                "Late joiner", false, Set.of(OrganisationKind.CONTRIBUTOR), List.of()));
        JsonNode before = ledger("PLEDGED");
        pledge(List.of(late.id()), "70.00", Disclosure.PUBLIC, LocalDate.of(2025, 5, 2));
        assertThat(eur(ledger("PLEDGED"), "nato", "NONE").subtract(eur(before, "nato", "NONE"))).isEqualByComparingTo("70.00");
        organisations.addMembership(late.id(), new Membership(Alliance.NATO, LocalDate.of(2025, 1, 1), null), null);
        JsonNode after = ledger("PLEDGED");
        assertThat(eur(after, "nato", "NONE")).isEqualByComparingTo(eur(before, "nato", "NONE"));
        assertThat(eur(after, "nato", "ALL").subtract(eur(before, "nato", "ALL"))).isEqualByComparingTo("70.00");
    }

    @Test
    void undisclosedMoneyChangesNoPublicFigureSoNoTwoFiguresCanBeDifferencedToIt() {
        UUID nld = fixtures.contributor("NLD");
        UUID deu = fixtures.contributor("DEU");
        UUID swe = swedenInNato();
        LocalDate today = LocalDate.now();
        pledge(List.of(nld), "10.00", Disclosure.PUBLIC, today);
        Map<String, JsonNode> before = Map.of("PLEDGED", ledger("PLEDGED"), "COMMITTED", ledger("COMMITTED"),
                "PAID", ledger("PAID"));
        String pageBefore = visitor().get("/ledger").body();

        // one nation alone in confidence, this year and last year after the same date: were it counted, the
        // year-so-far against the full year, or the NATO share against the total, would give it away
        pledge(List.of(deu), "4444.00", Disclosure.CONFIDENTIAL, today);
        pledge(List.of(deu), "5555.00", Disclosure.CONFIDENTIAL, today.minusYears(1).withMonth(12).withDayOfMonth(31));
        // two nations in confidence: the dashboard's rule would show their sum; set beside tomorrow's page it
        // would reveal whichever of them pledges next
        pledge(List.of(swe), "6666.00", Disclosure.COALITION, today);
        pledge(List.of(nld), "7777.00", Disclosure.CONFIDENTIAL, LocalDate.of(2024, 3, 6));

        for (String stage : List.of("PLEDGED", "COMMITTED", "PAID")) {
            JsonNode after = ledger(stage);
            // every table, every row, every share and count reads the same (asOf aside)
            assertThat(after.path("tables")).as(stage).isEqualTo(before.get(stage).path("tables"));
            assertThat(after.path("notConverted")).isEqualTo(before.get(stage).path("notConverted"));
        }
        JsonNode now = ledger("PLEDGED");
        // the differences a reader could take are public money only
        BigDecimal lateLastYear = eur(now, "year-so-far", "FULL").subtract(eur(now, "year-so-far", "SAME_DATE"));
        BigDecimal lateLastYearBefore = eur(before.get("PLEDGED"), "year-so-far", "FULL")
                .subtract(eur(before.get("PLEDGED"), "year-so-far", "SAME_DATE"));
        assertThat(lateLastYear).isEqualByComparingTo(lateLastYearBefore);
        BigDecimal notFromMembers = pledgedTotal(now).subtract(eur(now, "nato", "ALL"));
        assertThat(notFromMembers).isEqualByComparingTo(pledgedTotal(before.get("PLEDGED"))
                .subtract(eur(before.get("PLEDGED"), "nato", "ALL")));
        assertThat(visitor().get("/ledger").body()).isEqualTo(pageBefore);
    }

    @Test
    void everyTableAddsUpToTheStageTotalAndTheYearsToo() {
        fixtures.usdRates();
        pledge(List.of(fixtures.contributor("NLD")), "25.00", Disclosure.PUBLIC, LocalDate.of(2025, 8, 4));
        JsonNode l = ledger("PLEDGED");
        BigDecimal total = pledgedTotal(l);
        for (String name : List.of("years", "contributors", "categories", "programs", "nato", "eu")) {
            assertThat(totalEur(l, name)).as(name).isEqualByComparingTo(total);
        }
        assertThat(eur(l, "years", "2025")).isGreaterThanOrEqualTo(new BigDecimal("25.00"));
        assertThat(eur(l, "programs", "PURL")).isGreaterThanOrEqualTo(new BigDecimal("25.00"));
    }

    @Test
    void thisYearSoFarStandsBesideLastYearToTheSameDateAndInFull() {
        LocalDate today = LocalDate.now();
        UUID nld = fixtures.contributor("NLD");
        JsonNode before = ledger("PLEDGED");
        pledge(List.of(nld), "33.00", Disclosure.PUBLIC, today);
        pledge(List.of(nld), "50.00", Disclosure.PUBLIC, today.minusYears(1));
        if (today.getDayOfYear() > 1) {
            pledge(List.of(nld), "1.00", Disclosure.PUBLIC, today.withDayOfYear(1).minusDays(1));
        }
        JsonNode after = ledger("PLEDGED");
        assertThat(eur(after, "year-so-far", "SO_FAR").subtract(eur(before, "year-so-far", "SO_FAR"))).isEqualByComparingTo("33.00");
        assertThat(eur(after, "year-so-far", "SAME_DATE").subtract(eur(before, "year-so-far", "SAME_DATE"))).isEqualByComparingTo("50.00");
        assertThat(eur(after, "year-so-far", "FULL").subtract(eur(before, "year-so-far", "FULL")))
                .isEqualByComparingTo(today.getDayOfYear() > 1 ? "51.00" : "50.00");
        assertThat(eur(after, "year-so-far", "FULL")).isEqualByComparingTo(eur(after, "years", String.valueOf(today.getYear() - 1)));
    }

    @Test
    void downloadsCarryTheSameNumbersWithUnitsAndCurrenciesInTheHeader() throws Exception {
        pledge(List.of(fixtures.contributor("NLD")), "12.34", Disclosure.PUBLIC, LocalDate.of(2025, 8, 6));
        JsonNode l = ledger("PLEDGED");
        var csv = visitor().get("/ledger/tables/contributors.csv?stage=PLEDGED");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).contains("EUR").contains("USD").contains("to the cent").contains("number");
        BigDecimal nldEur = eur(l, "contributors", "NLD");
        assertThat(List.of(lines)).anySatisfy(line -> assertThat(line).startsWith("NLD,").contains("," + nldEur.toPlainString() + ","));
        assertThat(lines[lines.length - 1]).startsWith("TOTAL,").contains("," + totalEur(l, "contributors").toPlainString() + ",");

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/ledger/tables/contributors.xlsx?stage=PLEDGED")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).contains("EUR");
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(0).getStringCellValue().equals("NLD")) {
                    assertThat(BigDecimal.valueOf(sheet.getRow(i).getCell(2).getNumericCellValue()))
                            .isEqualByComparingTo(nldEur);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(visitor().get("/ledger/tables/nothing.csv").status()).isEqualTo(404);
        // Ukrainian headers for a Ukrainian reader
        assertThat(visitor().header("Accept-Language", "uk").get("/ledger/tables/years.csv?lang=uk").body()).contains("цента");
    }

    @Test
    void everyPublicReadAnswers304WhileTheLedgerIsUnchanged() {
        for (String path : List.of("/ledger", "/ledger?stage=PAID", "/api/v1/ledger", "/api/v1/ledger/tables/years",
                "/ledger/tables/years.csv", "/ledger/tables/years.xlsx", "/api/v1/ledger/iati",
                "/ledger/contributions?stage=PLEDGED&year=2025", "/api/v1/ledger/contributions?year=2025")) {
            var first = visitor().get(path);
            assertThat(first.status()).as(path + " " + first.body()).isEqualTo(200);
            String tag = first.raw().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            var again = visitor().send("GET", path, null, Map.of("If-None-Match", tag));
            assertThat(again.status()).as(path).isEqualTo(304);
        }
    }

    @Test
    void eachFigureLinksToThePublicContributionsBehindIt() {
        UUID nld = fixtures.contributor("NLD");
        UUID id = pledge(List.of(nld), "3.21", Disclosure.PUBLIC, LocalDate.of(2025, 8, 7));
        UUID hidden = pledge(List.of(nld), "9.87", Disclosure.CONFIDENTIAL, LocalDate.of(2025, 8, 7));
        var json = visitor().get("/api/v1/ledger/contributions?stage=PLEDGED&from=2025-08-07&to=2025-08-07&contributors=NLD&size=200");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.body()).contains(id.toString()).doesNotContain(hidden.toString());
        String page = visitor().get("/ledger").body();
        assertThat(page).contains("/ledger/contributions?stage=PLEDGED&amp;contributors=NLD");
        String list = visitor().get("/ledger/contributions?stage=PLEDGED&from=2025-08-07&to=2025-08-07&contributors=NLD").body();
        assertThat(list).contains(id.toString()).doesNotContain(hidden.toString()).contains("None recorded yet");
        assertThat(visitor().get("/api/v1/ledger/contributions?nato=MAYBE").status()).isIn(400, 422);
    }

    @Test
    void eachFigureSaysHowManyOfItsContributionsRestOnSources() {
        new org.palisade.testing.TestUsers(jdbc).seed();
        Api coordinator = new Api(port).as(org.palisade.testing.TestUsers.COORDINATOR);
        UUID nzl = fixtures.contributor("NZL");
        UUID id = pledge(List.of(nzl), "42.00", Disclosure.PUBLIC, LocalDate.of(2025, 8, 8));
        JsonNode before = ledger("PLEDGED");
        var source = coordinator.post("/api/v1/sources", Map.of("kind", "NEWS_ARTICLE", "outlet", "Reuters", "title",
                "New Zealand pledges " + UUID.randomUUID(), "publishedOn", "2025-08-09", "language", "en"));
        assertThat(source.status()).as(source.body()).isEqualTo(201);
        var claim = coordinator.post("/api/v1/contributions/" + id + "/claims", Map.of("sourceId",
                source.json().path("id").asText(), "contributors", List.of("NZL"),
                "amount", Map.of("amount", "42.00", "currency", "EUR"), "date", "2025-08-08",
                "evidence", "New Zealand pledged EUR 42."));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        JsonNode after = ledger("PLEDGED");
        assertThat(sourced(after, "contributors", "NZL") - sourced(before, "contributors", "NZL")).isEqualTo(1);
        assertThat(sourced(after, "years", "2025") - sourced(before, "years", "2025")).isEqualTo(1);
        assertThat(visitor().get("/api/v1/ledger/contributions?stage=PLEDGED&from=2025-08-08&to=2025-08-08&contributors=NZL")
                .json().path("items").get(0).path("sources").asInt()).isEqualTo(1);
    }

    private static long sourced(JsonNode ledger, String table, String key) {
        for (JsonNode r : table(ledger, table).path("rows")) {
            if (r.path("key").asText().equals(key)) {
                return r.path("sourced").asLong();
            }
        }
        return 0;
    }

    @Test
    void everyContributorIsNamedAlsoWithMoreOrganisationsThanAPageHolds() {
        // more organisations than one page of a list (200), and a contributor that sorts after all of them
        long registered = jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
        for (long i = registered; i <= org.palisade.platform.Paging.MAX_SIZE; i++) {
            fixtures.organisation("LBL" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                    .toUpperCase(java.util.Locale.ROOT), OrganisationKind.CONTRIBUTOR);
        }
        String code = "ZZLAST" + UUID.randomUUID().toString().replace("-", "").substring(0, 8)
                .toUpperCase(java.util.Locale.ROOT);
        Organisation last = organisations.register(new Organisations.Registration(code, "Zz last fund " + code, false,
                Set.of(OrganisationKind.CONTRIBUTOR), List.of()));
        assertThat(jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single())
                .isGreaterThan(org.palisade.platform.Paging.MAX_SIZE);
        pledge(List.of(last.id()), "4321.09", Disclosure.PUBLIC, LocalDate.of(2025, 8, 4));

        String csv = visitor().get("/ledger/tables/contributors.csv?stage=PLEDGED").body();
        assertThat(csv).contains(code + ",Zz last fund " + code + ",");
        String page = visitor().get("/ledger?stage=PLEDGED").body();
        assertThat(page).contains("Zz last fund " + code);
        String behind = visitor().get("/ledger/contributions?stage=PLEDGED&contributors=" + code).body();
        assertThat(behind).contains(">Zz last fund " + code + "<");
    }
}
