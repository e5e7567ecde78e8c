package org.palisade.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public ledger as JSON and IATI XML: the same for every caller, public money only. */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Public ledger", description = "Public figures anyone may read and reuse: public contributions only, "
        + "each stage in EUR and USD at its own date; ETag / If-None-Match answer 304 while the ledger is unchanged")
class LedgerApi {

    private final PublicLedger ledger;
    private final IatiExport iati;

    LedgerApi(PublicLedger ledger, IatiExport iati) {
        this.ledger = ledger;
        this.iati = iati;
    }

    record AmountsJson(MoneyAmount eur, MoneyAmount usd, long contributions) {
        static AmountsJson of(LedgerTable.Amounts a) {
            return new AmountsJson(MoneyAmount.of(a.eur()), MoneyAmount.of(a.usd()), a.contributions());
        }
    }

    /** @param sourced how many of the row's contributions rest on at least one recorded source */
    record RowJson(String key, AmountsJson amounts, BigDecimal shareEur, BigDecimal shareUsd, long sourced) {
    }

    record TableJson(String name, Stage stage, List<RowJson> rows, AmountsJson total) {
        static TableJson of(LedgerTable t) {
            return new TableJson(t.name(), t.stage(), t.rows().stream()
                    .map(r -> new RowJson(r.key(), AmountsJson.of(r.amounts()), r.shareEur(), r.shareUsd(), r.sourced())).toList(),
                    AmountsJson.of(t.total()));
        }
    }

    record NotConvertedJson(MoneyAmount amount, int contributions, LocalDate since) {
    }

    record LedgerJson(LocalDate asOf, Stage stage, List<TableJson> tables, List<NotConvertedJson> notConverted,
            String disclosure) {
    }

    record EntryJson(UUID contribution, UUID packageId, Stage stage, LocalDate date, List<String> contributors,
            String program, String category, MoneyAmount amount, MoneyAmount eur, MoneyAmount usd, String nato,
            String eu, int sources) {
    }

    /**
     * @param next     the cursor of the following page, passed back as {@code after}; null on the last page
     * @param previous the cursor of the page before, passed back as {@code before}; null on the first page
     */
    record EntriesJson(List<EntryJson> items, int page, int size, boolean hasNext, String next, String previous) {
    }

    @GetMapping
    @Operation(summary = "Every public table at a stage: by stage, year, year so far, contributor, category, program, "
            + "NATO and EU membership (at each stage's date)")
    LedgerJson all(@RequestParam(defaultValue = "PLEDGED") Stage stage) {
        LedgerFigures f = ledger.figures(stage);
        return new LedgerJson(f.asOf(), f.stage(), LedgerFigures.TABLES.stream().map(f::table).map(TableJson::of).toList(),
                f.notConverted().stream().map(n -> new NotConvertedJson(MoneyAmount.of(n.amount()), n.contributions(),
                        n.since())).toList(),
                "public contributions only: money not disclosed to the public is counted in no figure");
    }

    @GetMapping("/tables/{name}")
    @Operation(summary = "One public table: stages, years, year-so-far, contributors, categories, programs, nato, eu")
    TableJson table(@PathVariable String name, @RequestParam(defaultValue = "PLEDGED") Stage stage) {
        LedgerTable t = ledger.table(name, stage);
        if (t == null) {
            throw new NotFound("ledger table", name);
        }
        return TableJson.of(t);
    }

    @GetMapping("/contributions")
    @Operation(summary = "The public contributions behind a figure, newest stage date first",
            description = "Filters as the figure's link sets them: year (of the stage's date) or from/to, contributors "
                    + "(codes joined by +), category (or UNEARMARKED), program, nato / eu (ALL, SOME, NONE). Page on "
                    + "with after=<next> (or back with before=<previous>): each page is read along an index")
    EntriesJson contributions(@RequestParam(defaultValue = "PLEDGED") Stage stage,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String contributors,
            @RequestParam(required = false) String category, @RequestParam(required = false) String program,
            @RequestParam(required = false) String nato, @RequestParam(required = false) String eu,
            @Parameter(description = "numbered page from 0 (its cost grows with the number: prefer after)")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1–200, default 50") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "the page after this cursor (an answer's next)") @RequestParam(required = false) String after,
            @Parameter(description = "the page before this cursor (an answer's previous)") @RequestParam(required = false) String before) {
        if (page < 0) {
            throw new InvalidRequest("page", "page is 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new InvalidRequest("size", "size is between 1 and 200");
        }
        var filter = LedgerPages.filter(stage, year, from, to, contributors, category, program, nato, eu);
        LedgerRepository.EntryPage found = ledger.behind(filter, LedgerRepository.Cursor.parse(after, "after"),
                LedgerRepository.Cursor.parse(before, "before"), page, size);
        return new EntriesJson(found.entries().stream().map(e -> new EntryJson(e.contributionId(), e.packageId(),
                e.stage(), e.on(), e.contributors(), e.program(), e.category(), MoneyAmount.of(e.original()),
                MoneyAmount.of(e.eur()), MoneyAmount.of(e.usd()), e.nato(), e.eu(), e.sources())).toList(), page, size,
                found.next() != null, found.next() == null ? null : found.next().toString(),
                found.previous() == null ? null : found.previous().toString());
    }

    @GetMapping("/iati")
    @Operation(summary = "IATI 2.03 activity XML: each public package an activity, its public contributions as "
            + "transactions (13 incoming pledge, 11 incoming commitment, 1 incoming funds)")
    ResponseEntity<String> iati() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.activities());
    }
}
