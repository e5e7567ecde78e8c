package org.palisade.sustainment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.sustainment.Sustainment.Line;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sustainment")
@Tag(name = "Sustainment", description = "Systems catalogue, fielded systems, stock, use, days of supply, run-out "
        + "dates and proposals of sustainment requirements")
class SustainmentApi {

    private final Sustainment sustainment;
    private final Catalogue catalogue;
    private final Idempotency idempotency;

    SustainmentApi(Sustainment sustainment, Catalogue catalogue, Idempotency idempotency) {
        this.sustainment = sustainment;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
    }

    record EntryJson(UUID id, int number, EntryKind kind, String name, String unit, CapabilityCategory category,
            MoneyAmount unitCost) {
        static EntryJson of(CatalogueEntry e) {
            return new EntryJson(e.id(), e.number(), e.kind(), e.name(), e.unit(), e.category(),
                    MoneyAmount.of(e.unitCost()));
        }
    }

    record UseJson(UUID platform, UUID consumable, String low, String normal, String high) {
        static UseJson of(ConsumableUse u) {
            return new UseJson(u.platform(), u.consumable(), u.rates().low().value(), u.rates().normal().value(),
                    u.rates().high().value());
        }
    }

    record CatalogueJson(List<EntryJson> platforms, List<EntryJson> consumables, List<UseJson> uses) {
    }

    record NewEntryJson(EntryKind kind, String name, String unit, String category, MoneyAmount unitCost) {
    }

    /** Rates per day as decimal strings or numbers, e.g. {@code "0.5"}. */
    record RatesJson(BigDecimal low, BigDecimal normal, BigDecimal high) {
        Catalogue.RatesInput input() {
            return new Catalogue.RatesInput(text(low), text(normal), text(high));
        }

        private static String text(BigDecimal d) {
            return d == null ? null : d.toPlainString();
        }
    }

    record UseByJson(UUID platform, String name, long fielded, String ratePerDay) {
    }

    /**
     * @param daysOfSupply whole days the stock lasts; null when nothing uses it ({@code consumed} false)
     * @param runOut       the last stock report plus the days of supply; null when not consumed or never reported
     * @param lastReport   the latest day of an outside stock, use or loss report or a confirmed delivery of it
     */
    record ConsumableJson(UUID id, String name, String unit, long stock, long delivered, long outsideStock,
            long used, long lost, long onOrder, String usePerDay, boolean consumed, Long daysOfSupply,
            LocalDate runOut, LocalDate lastReport, List<UseByJson> usedBy) {
        static ConsumableJson of(Line l) {
            SupplyOutlook o = l.outlook();
            return new ConsumableJson(l.consumable().id(), l.consumable().name(), l.consumable().unit(),
                    o.stock().onHand(), o.stock().delivered(), o.stock().outside(), o.stock().used(), o.stock().lost(),
                    o.onOrder(), o.usePerDay().stripTrailingZeros().toPlainString(), o.consumed(),
                    o.daysOfSupply().orElse(null), o.runOut().orElse(null), o.lastReport(),
                    l.usedBy().stream().map(u -> new UseByJson(u.platform().id(), u.platform().name(), u.fielded(),
                            u.rate().value())).toList());
        }
    }

    record FieldedJson(UUID id, String name, String unit, long fielded, long delivered, long outside, long lost) {
    }

    record ReportJson(UUID id, int number, ReportKind kind, UUID entry, long quantity, LocalDate on, String source,
            String note, UUID importId, Instant recordedAt, String recordedBy) {
        static ReportJson of(SustainmentReport r) {
            return new ReportJson(r.id(), r.number(), r.kind(), r.entry(), r.quantity(), r.on(), r.source(), r.note(),
                    r.importId(), r.recordedAt(), r.recordedBy());
        }
    }

    record OverviewJson(Intensity intensity, LocalDate today, int proposalDaysOfSupply,
            List<ConsumableJson> consumables, List<FieldedJson> fielded, List<ReportJson> latestReports) {
    }

    record NewReportJson(String kind, UUID entry, Long quantity, LocalDate on, String source, String note) {
    }

    record ProposalRequest(String intensity) {
    }

    record ProposedJson(UUID consumable, String name, long quantity, UUID item) {
    }

    record PassedJson(UUID consumable, String name, Sustainment.NotProposed reason, long inDraft) {
    }

    record ProposalJson(UUID listId, int listNumber, Intensity intensity, int daysOfSupply,
            List<ProposedJson> proposed, List<PassedJson> notProposed) {
    }

    @GetMapping
    @Operation(summary = "Consumables ranked by run-out date, soonest first, with stock, on order and use per day; "
            + "fielded systems (recipient planners, coordinators, suppliers, auditors)",
            description = "stock = confirmed deliveries + outside stock − reported use − reported losses; use per day = "
                    + "Σ fielded platforms × rate at the intensity; days of supply = stock ÷ use per day (whole days); "
                    + "run-out = last stock report + days of supply. A consumable nothing uses has consumed=false and "
                    + "no days of supply.")
    OverviewJson overview(@Parameter(description = "LOW, NORMAL (default) or HIGH")
            @RequestParam(required = false) String intensity) {
        Sustainment.Overview o = sustainment.overview(intensityOf(intensity));
        return new OverviewJson(o.intensity(), o.today(), o.daysOfSupply(),
                o.consumables().stream().map(ConsumableJson::of).toList(),
                o.fielded().stream().map(f -> new FieldedJson(f.platform().id(), f.platform().name(), f.platform().unit(),
                        f.count(), f.delivered(), f.outside(), f.lost())).toList(),
                o.latestReports().stream().map(ReportJson::of).toList());
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The systems catalogue: platforms, consumables, and each platform's use per day at low, "
            + "normal and high intensity (signed-in users)")
    CatalogueJson catalogue() {
        Catalogue.Contents c = catalogue.contents();
        return new CatalogueJson(c.platforms().stream().map(EntryJson::of).toList(),
                c.consumables().stream().map(EntryJson::of).toList(), c.uses().stream().map(UseJson::of).toList());
    }

    @PostMapping("/catalogue")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a platform or consumable to the catalogue (coordinators, administrators)",
            description = "{kind: PLATFORM|CONSUMABLE, name, unit, category, unitCost: {amount, currency}}; names are "
                    + "unique whatever their case.")
    EntryJson addEntry(@RequestBody NewEntryJson body) {
        return EntryJson.of(catalogue.add(new Catalogue.NewEntry(body.kind(), body.name(), body.unit(), body.category(),
                body.unitCost())));
    }

    @PutMapping("/catalogue/{platform}/uses/{consumable}")
    @Operation(summary = "Set one platform's use of one consumable per day (coordinators, administrators)",
            description = "{low, normal, high}: each at least 0 with at most 4 decimals, low ≤ normal ≤ high.")
    UseJson setUse(@PathVariable UUID platform, @PathVariable UUID consumable, @RequestBody RatesJson body) {
        return UseJson.of(catalogue.setUse(platform, consumable, body == null ? null : body.input()));
    }

    @PostMapping("/reports")
    @Operation(summary = "Report stock from outside the ledger, use, a loss or systems fielded outside the ledger "
            + "(recipient planners)",
            description = "{kind: STOCK|USE|LOSS|FIELDED, entry, quantity, on, source, note}: stock and use of "
                    + "consumables, fielded platforms, losses of either; outside stock and fielded systems need their "
                    + "source. Send an Idempotency-Key header to make a retry safe.")
    ResponseEntity<String> report(@RequestBody NewReportJson body,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
        return idempotency.once("POST /api/v1/sustainment/reports", key, body, () -> {
            SustainmentReport r = sustainment.record(new Sustainment.NewReport(body.kind(), body.entry(),
                    body.quantity(), body.on(), body.source(), body.note()));
            return ResponseEntity.created(URI.create("/api/v1/sustainment/reports/" + r.id())).body(ReportJson.of(r));
        });
    }

    @PostMapping(path = "/reports/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Upload reports as CSV (date,kind,entry,quantity,source,note); all rows or none "
            + "(recipient planners)",
            description = "entry is the catalogue name; a refused upload names every problem as rows[<line>].<column>.")
    Sustainment.Imported importCsv(@RequestBody byte[] csv) {
        return sustainment.importCsv(csv);
    }

    @PostMapping("/proposals")
    @Operation(summary = "Propose sustainment requirements into the draft of the requirement list (recipient planners)",
            description = "For each consumable, the quantity that brings stock + on order up to "
                    + "palisade.sustainment.days-of-supply days at the intensity ({\"intensity\": \"NORMAL\"}); a "
                    + "consumable the draft already names, or that is covered, is not proposed again.")
    ProposalJson propose(@RequestBody(required = false) ProposalRequest body) {
        Sustainment.Proposal p = sustainment.propose(intensityOf(body == null ? null : body.intensity()));
        return new ProposalJson(p.listId(), p.listNumber(), p.intensity(), p.days(),
                p.proposed().stream().map(x -> new ProposedJson(x.consumable().id(), x.consumable().name(),
                        x.quantity(), x.item())).toList(),
                p.passed().stream().map(x -> new PassedJson(x.consumable().id(), x.consumable().name(), x.why(),
                        x.inDraft())).toList());
    }

    private static Intensity intensityOf(String given) {
        return Sustainment.intensity(given).orElseThrow(() -> new InvalidRequest("intensity",
                new SustainmentRefusal.UnknownIntensity(given)));
    }
}
