package org.palisade.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palisade.imports.ImportFiles.csv;
import static org.palisade.imports.ImportFiles.uniqueCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.Fixtures;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Imports on the real application and database: a dry run creates nothing; one bad row imports nothing and
 * is named by row and column; a file is imported once, also when two uploads race; XLSX and CSV alike; after
 * an import the public figures equal the file's sums to the cent. Each test names contributors of its own.
 */
@PalisadeTest
class ImportsIT {

    static final String CSV = "text/csv";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    String a;
    String b;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
        fixtures.usdRates();
        a = uniqueCode();
        b = uniqueCode();
        fixtures.contributor(a);
        fixtures.contributor(b);
    }

    long contributionsOf(String code) {
        return jdbc.sql("""
                SELECT count(*) FROM contribution_contributor cc JOIN organisation o ON o.id = cc.organisation_id
                WHERE o.code = :code""").param("code", code).query(Long.class).single();
    }

    long importsOf(byte[] file) {
        return jdbc.sql("SELECT count(*) FROM contribution_import WHERE digest = :d")
                .param("d", FileCheck.digest(file)).query(Long.class).single();
    }

    Api.Response importing(byte[] file) {
        return ImportFiles.send(port, TestUsers.COORDINATOR, "/api/v1/imports?wait=true&name=file.csv", CSV, file);
    }

    @Test
    void aDryRunShowsWhatWouldBeCreatedAndCreatesNothing() {
        byte[] file = csv(a + ",1000.50,EUR,pledged,2025-08-04,PURL,AIR_AND_MISSILE_DEFENCE,public,"
                        + "\"Pledge, reported\",Ministry,https://www.example.org/a,2025-08-05",
                a + "+" + b + ",2000,USD,paid,2025-08-05,,,coalition,,,,");

        Api.Response dryRun = ImportFiles.send(port, TestUsers.COORDINATOR, "/api/v1/imports/dry-run?name=a.csv", CSV,
                file);

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        JsonNode body = dryRun.json();
        assertThat(body.path("ok").asBoolean()).isTrue();
        assertThat(body.path("rows").asInt()).isEqualTo(2);
        assertThat(body.path("preview").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(body.path("preview").get(0).path("source").path("title").asText()).isEqualTo("Pledge, reported");
        assertThat(body.path("preview").get(1).path("contributors").toString()).isEqualTo("[\"" + a + "\",\"" + b + "\"]");
        assertThat(body.path("sums").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(new BigDecimal(body.path("sums").get(0).path("pledged").path("amount").asText()))
                .isEqualByComparingTo("1000.50");
        assertThat(new BigDecimal(body.path("sums").get(1).path("paid").path("amount").asText()))
                .isEqualByComparingTo("2000");
        assertThat(contributionsOf(a)).isZero();
        assertThat(importsOf(file)).isZero();
    }

    @Test
    void everyBrokenRuleIsNamedByRowAndColumn() {
        byte[] file = csv(
                "XXXNOPE,10,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",10,EUX,pledged,2025-08-04,,,public,,,,",
                a + ",10,EUR,pledged,2025-02-30,,,public,,,,",
                a + ",10,EUR,paid,2099-01-01,,,public,,,,",
                a + ",0,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",10,EUR,promised,2025-08-04,,,public,,,,",
                a + ",10,EUR,pledged,2025-08-04,LEND-LEASE,,public,,,,",
                a + ",10,EUR,pledged,2025-08-04,,TANKS,public,,,,",
                a + ",10,EUR,pledged,2025-08-04,,,secret,,,,",
                a + ",,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",1.005,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",\"25,000,000\",EUR,pledged,2025-08-04,,,public,,,,",
                a + ",10,EUR,pledged,2025-08-04,,,public,Title,Outlet,ftp://example.org,");

        Api.Response dryRun = ImportFiles.send(port, TestUsers.COORDINATOR, "/api/v1/imports/dry-run", CSV, file);

        assertThat(dryRun.status()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        dryRun.json().path("problems").forEach(p -> fields.add(p.path("field").asText()));
        assertThat(fields).containsExactly("rows[2].contributors", "rows[3].currency", "rows[4].date", "rows[5].date",
                "rows[6].amount", "rows[7].stage", "rows[8].program", "rows[9].category", "rows[10].disclosure",
                "rows[11].amount", "rows[12].amount", "rows[13].amount", "rows[14].source_url");
        assertThat(dryRun.json().path("problems").get(0).path("message").asText())
                .isEqualTo("no organisation has the code 'XXXNOPE'");
        assertThat(dryRun.json().path("problems").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(dryRun.json().path("problems").get(0).path("column").asText()).isEqualTo("contributors");
        assertThat(dryRun.json().path("ok").asBoolean()).isFalse();
    }

    @Test
    void oneBadRowImportsNothingAndTheProblemNamesItsRowAndColumn() {
        byte[] file = csv(a + ",100,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",200,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",300,EUX,pledged,2025-08-04,,,public,,,,");

        Api.Response refused = importing(file);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("rows[4].currency");
        assertThat(contributionsOf(a)).isZero();
        // the failed import keeps its problems and frees the file for a corrected attempt
        assertThat(jdbc.sql("SELECT status FROM contribution_import WHERE digest = :d")
                .param("d", FileCheck.digest(file)).query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void theSameFileImportedTwiceCreatesNothingNew() {
        byte[] file = csv(a + ",100,EUR,pledged,2025-08-04,,,public,,,,", a + ",200,EUR,committed,2025-08-05,,,public,,,,");

        Api.Response first = importing(file);
        Api.Response again = importing(file);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("contributions").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).startsWith("this file was already imported on ")
                .endsWith(" as import " + first.json().path("number").asInt() + "; importing it again creates nothing");
        assertThat(contributionsOf(a)).isEqualTo(2);
        Api.Response job = new Api(port).as(TestUsers.COORDINATOR).get("/api/v1/imports/" + first.json().path("id").asText());
        assertThat(job.json().path("status").asText()).isEqualTo("IMPORTED");
        assertThat(job.json().path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void twoRacingUploadsOfOneFileRecordItOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(a + "," + (i + 1) + ",EUR,pledged,2025-08-04,,,public,,,,");
        }
        byte[] file = csv(rows.toArray(String[]::new));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return importing(file);
            }));
        }
        go.countDown();
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();

        assertThat(statuses).containsExactly(201, 409);
        assertThat(contributionsOf(a)).isEqualTo(2000);
        assertThat(importsOf(file)).isEqualTo(1);
    }

    @Test
    void xlsxAndCsvAreImportedAlike() throws Exception {
        List<Object[]> cells = new ArrayList<>();
        cells.add(new Object[] {a, 1234.56, "EUR", "Pledged", LocalDate.of(2025, 8, 4), "PUBLIC"});
        cells.add(new Object[] {a + "; " + b, 25000000.0, "USD", "paid", LocalDate.of(2025, 8, 6), "coalition"});
        byte[] workbook = ImportFiles.xlsx(cells);
        byte[] text = csv(b + ",99.99,EUR,committed,2025-08-04,,,public,,,,");

        Api.Response xlsx = ImportFiles.multipart(port, TestUsers.COORDINATOR, "/api/v1/imports?wait=true",
                "contributions.xlsx", workbook);
        Api.Response csv = ImportFiles.multipart(port, TestUsers.COORDINATOR, "/api/v1/imports?wait=true",
                "contributions.csv", text);

        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(201);
        assertThat(xlsx.json().path("format").asText()).isEqualTo("XLSX");
        assertThat(xlsx.json().path("fileName").asText()).isEqualTo("contributions.xlsx");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(201);
        assertThat(csv.json().path("format").asText()).isEqualTo("CSV");
        List<Map<String, Object>> stored = jdbc.sql("""
                SELECT c.pledged_amount, c.currency, c.stage, c.pledged_on, c.paid_on, c.disclosure, c.package_id
                FROM contribution c JOIN organisation o ON o.id = c.owner_id WHERE o.code = :a ORDER BY c.pledged_amount""")
                .param("a", a).query().listOfRows();
        assertThat(stored).hasSize(2);
        assertThat((BigDecimal) stored.get(0).get("pledged_amount")).isEqualByComparingTo("1234.56");
        assertThat(stored.get(0).get("pledged_on").toString()).isEqualTo("2025-08-04");
        assertThat(stored.get(1).get("stage")).isEqualTo("PAID");
        assertThat(stored.get(1).get("paid_on").toString()).isEqualTo("2025-08-06");
        assertThat(stored.get(1).get("disclosure")).isEqualTo("COALITION");
        assertThat(stored).allSatisfy(row -> assertThat(row.get("package_id")).as("general pool").isNull());
        assertThat(contributionsOf(b)).isEqualTo(2);
    }

    @Test
    void afterAnImportThePublicFiguresEqualTheFilesSumsToTheCent() {
        Api visitor = new Api(port);
        JsonNode before = visitor.get("/api/v1/figures/totals").json();
        // a's money in EUR, b's in USD; b's amounts convert exactly at 1.1560 USD per EUR
        byte[] file = csv(a + ",1234.56,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",0.01,EUR,committed,2025-08-04,,,public,,,,",
                a + ",98765.43,EUR,paid,2025-08-05,,,public,,,,",
                b + ",115.60,USD,pledged,2025-08-04,,,public,,,,",
                b + ",2312.00,USD,paid,2025-08-06,,,public,,,,");

        assertThat(importing(file).status()).isEqualTo(201);

        assertThat(bucket(visitor, "PLEDGED", "EUR", a)).isEqualByComparingTo("100000.00");
        assertThat(bucket(visitor, "COMMITTED", "EUR", a)).isEqualByComparingTo("98765.44");
        assertThat(bucket(visitor, "PAID", "EUR", a)).isEqualByComparingTo("98765.43");
        assertThat(bucket(visitor, "PLEDGED", "USD", b)).isEqualByComparingTo("2427.60");
        assertThat(bucket(visitor, "PAID", "USD", b)).isEqualByComparingTo("2312.00");
        JsonNode after = visitor.get("/api/v1/figures/totals").json();
        BigDecimal rate = new BigDecimal("1.1560");
        assertThat(total(after, "PLEDGED", "EUR").subtract(total(before, "PLEDGED", "EUR")))
                .isEqualByComparingTo(new BigDecimal("100000.00").add(new BigDecimal("100.00")).add(new BigDecimal("2000.00")));
        assertThat(total(after, "PLEDGED", "USD").subtract(total(before, "PLEDGED", "USD")))
                .isEqualByComparingTo(usd("1234.56", rate).add(usd("0.01", rate)).add(usd("98765.43", rate))
                        .add(new BigDecimal("2427.60")));
        assertThat(total(after, "PAID", "USD").subtract(total(before, "PAID", "USD")))
                .isEqualByComparingTo(usd("98765.43", rate).add(new BigDecimal("2312.00")));
    }

    @Test
    void afterAnImportThePublicLedgerGrowsByTheFilesPublicSumsToTheCent() {
        Api visitor = new Api(port);
        JsonNode pledgedBefore = visitor.get("/api/v1/ledger?stage=PLEDGED").json();
        JsonNode committedBefore = visitor.get("/api/v1/ledger?stage=COMMITTED").json();
        // b's dollars convert exactly at 1.1560 USD per EUR; the coalition row is no public money
        byte[] file = csv(a + ",1234.56,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",0.01,EUR,committed,2025-08-04,,,public,,,,",
                a + ",98765.43,EUR,paid,2025-08-05,OTHER,,public,,,,",
                a + "+" + b + ",115.60,USD,pledged,2025-08-04,,,public,,,,",
                b + ",777.77,EUR,paid,2025-08-05,,,coalition,,,,");

        assertThat(importing(file).status()).isEqualTo(201);

        JsonNode pledged = visitor.get("/api/v1/ledger?stage=PLEDGED").json();
        JsonNode committed = visitor.get("/api/v1/ledger?stage=COMMITTED").json();
        assertThat(ledgerRow(pledged, "contributors", a)).isEqualByComparingTo("100000.00");
        assertThat(ledgerRow(pledged, "contributors", a + "+" + b)).isEqualByComparingTo("100.00");
        assertThat(ledgerRow(pledged, "contributors", b)).isZero();
        assertThat(ledgerRow(pledged, "stages", "PLEDGED").subtract(ledgerRow(pledgedBefore, "stages", "PLEDGED")))
                .isEqualByComparingTo("100100.00");
        assertThat(ledgerRow(pledged, "stages", "PAID").subtract(ledgerRow(pledgedBefore, "stages", "PAID")))
                .isEqualByComparingTo("98765.43");
        assertThat(ledgerRow(pledged, "years", "2025").subtract(ledgerRow(pledgedBefore, "years", "2025")))
                .isEqualByComparingTo("100100.00");
        assertThat(ledgerRow(pledged, "programs", "OTHER").subtract(ledgerRow(pledgedBefore, "programs", "OTHER")))
                .isEqualByComparingTo("98765.43");
        assertThat(ledgerRow(pledged, "nato", "NONE").subtract(ledgerRow(pledgedBefore, "nato", "NONE")))
                .isEqualByComparingTo("100100.00");
        assertThat(ledgerRow(committed, "years", "2025").subtract(ledgerRow(committedBefore, "years", "2025")))
                .isEqualByComparingTo("98765.44");
    }

    static BigDecimal ledgerRow(JsonNode ledger, String table, String key) {
        for (JsonNode t : ledger.path("tables")) {
            if (t.path("name").asText().equals(table)) {
                for (JsonNode r : t.path("rows")) {
                    if (r.path("key").asText().equals(key)) {
                        return new BigDecimal(r.path("amounts").path("eur").path("amount").asText("0"));
                    }
                }
            }
        }
        return BigDecimal.ZERO;
    }

    @Test
    void anImportLeavesOneAuditEntryWithItsRowCountAndDigest() {
        byte[] file = csv(a + ",1,EUR,pledged,2025-08-04,,,public,,,,", a + ",2,EUR,pledged,2025-08-04,,,public,,,,",
                a + ",3,EUR,pledged,2025-08-04,,,public,,,,");

        Api.Response imported = importing(file);

        List<Map<String, Object>> entries = jdbc.sql("""
                SELECT actor, action, after::text AS after FROM audit_entry
                WHERE record_type = 'contribution-import' AND record_id = CAST(:id AS uuid)""")
                .param("id", imported.json().path("id").asText()).query().listOfRows();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("actor")).isEqualTo(TestUsers.COORDINATOR);
        assertThat((String) entries.get(0).get("after")).contains("\"rows\": 3")
                .contains("\"digest\": \"" + FileCheck.digest(file) + "\"");
        long perRow = jdbc.sql("""
                SELECT count(*) FROM audit_entry e JOIN contribution c ON c.id = e.record_id
                WHERE c.import_id = CAST(:id AS uuid)""").param("id", imported.json().path("id").asText())
                .query(Long.class).single();
        assertThat(perRow).as("no entry per row").isZero();
    }

    @Test
    void rowsWithASourceBecomeClaimsOfThatSourceAboutTheirContribution() {
        String title = "Pledges reported " + uniqueCode();
        byte[] file = csv("NLD," + (1 + a.hashCode() % 1000 + 1000) + ",EUR,pledged,2025-08-04,,,public," + title
                        + ",Ministry of Defence,https://www.example.org/1,2025-08-04",
                "NLD+" + a + ",200,EUR,paid,2025-08-05,OTHER,,public," + title
                        + ",Ministry of Defence,https://www.example.org/1,2025-08-04",
                "NLD,300,EUR,pledged,2025-08-05,,,confidential," + title
                        + ",Ministry of Defence,https://www.example.org/1,2025-08-04",
                a + ",400,EUR,pledged,2025-08-05,,,public,,,,");

        Api.Response imported = importing(file);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        List<Map<String, Object>> claims = jdbc.sql("""
                SELECT array_to_string(k.contributor_codes, '+') AS codes, k.program, k.evidence, s.title, s.outlet,
                       s.disclosure, k.source_id
                FROM claim k JOIN contribution c ON c.id = k.contribution_id JOIN source s ON s.id = k.source_id
                WHERE c.import_id = CAST(:id AS uuid) ORDER BY k.evidence""")
                .param("id", imported.json().path("id").asText()).query().listOfRows();
        assertThat(claims).hasSize(3);
        assertThat(claims).extracting(r -> r.get("title")).containsOnly(title);
        assertThat(claims.get(0).get("evidence")).asString().startsWith("row 2 of file.csv");
        // codes a claim cannot hold (institutions other than EU and NATO) are left out of it
        assertThat(claims.get(1).get("codes")).isEqualTo("NLD");
        assertThat(claims.get(1).get("program")).isEqualTo("OTHER");
        // the public rows share one source; the confidential row's source is a confidential record of its own
        assertThat(claims.stream().map(r -> r.get("source_id")).distinct().count()).isEqualTo(2);
        assertThat(claims.get(2).get("disclosure")).isEqualTo("CONFIDENTIAL");
        // each claim is the one its new contribution uses; the import's one audit entry counts them and the sources
        assertThat(jdbc.sql("""
                SELECT count(*) FROM claim k JOIN contribution c ON c.id = k.contribution_id
                WHERE c.import_id = CAST(:id AS uuid) AND k.used AND k.chosen_by = :by""")
                .param("id", imported.json().path("id").asText()).param("by", TestUsers.COORDINATOR)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT after::text FROM audit_entry WHERE record_type = 'contribution-import'
                AND record_id = CAST(:id AS uuid)""").param("id", imported.json().path("id").asText())
                .query(String.class).single()).contains("\"sources\": 2").contains("\"claims\": 3");
    }

    static BigDecimal usd(String eur, BigDecimal rate) {
        return new BigDecimal(eur).multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal total(JsonNode totals, String stage, String currency) {
        return new BigDecimal(totals.path(stage).path(currency).path("total").path("amount").asText("0"));
    }

    static BigDecimal bucket(Api api, String stage, String currency, String key) {
        for (JsonNode b : api.get("/api/v1/figures/by-contributor?stage=" + stage + "&currency=" + currency).json()
                .path("buckets")) {
            if (b.path("key").asText().equals(key)) {
                return new BigDecimal(b.path("amount").path("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }
}
