package org.palisade.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palisade.money.CurrencyCode;
import org.palisade.money.MoneyAmount;
import org.palisade.money.NotConverted;
import org.palisade.platform.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/figures")
@Tag(name = "Figures", description = "Totals and breakdowns, converted at the date of each stage")
class FigureApi {

    private final Figures figures;

    FigureApi(Figures figures) {
        this.figures = figures;
    }

    record BucketJson(String key, MoneyAmount amount, int contributions) {
    }

    /** Money the reader may see that has no exchange rate yet: in its own currency, since its earliest date. */
    record NotConvertedJson(MoneyAmount amount, int contributions, LocalDate since) {
        static NotConvertedJson of(NotConverted n) {
            return new NotConvertedJson(MoneyAmount.of(n.amount()), n.contributions(), n.since());
        }
    }

    record BreakdownJson(Stage stage, List<BucketJson> buckets, MoneyAmount undisclosed, MoneyAmount total,
            boolean includesUndisclosedContributions, boolean someContributionsWithheld,
            List<NotConvertedJson> notConverted) {
        static BreakdownJson of(Breakdown b) {
            return new BreakdownJson(b.stage(),
                    b.buckets().stream().map(x -> new BucketJson(x.key(), MoneyAmount.of(x.amount()), x.contributions())).toList(),
                    MoneyAmount.of(b.undisclosed()), MoneyAmount.of(b.total()), b.includesUndisclosed(), b.withheld(),
                    b.notConverted().stream().map(NotConvertedJson::of).toList());
        }
    }

    @GetMapping("/totals")
    @Operation(summary = "Totals per stage (pledged, committed, paid) in EUR and USD")
    Map<Stage, Map<String, BreakdownJson>> totals() {
        Map<Stage, Map<String, BreakdownJson>> out = new LinkedHashMap<>();
        figures.totals().forEach((stage, byCurrency) -> {
            Map<String, BreakdownJson> m = new LinkedHashMap<>();
            byCurrency.forEach((c, b) -> m.put(c.code(), BreakdownJson.of(b)));
            out.put(stage, m);
        });
        return out;
    }

    @GetMapping("/by-contributor")
    @Operation(summary = "Breakdown by contributor (joint contributions as their own bucket)")
    BreakdownJson byContributor(@RequestParam(defaultValue = "PLEDGED") Stage stage,
            @RequestParam(defaultValue = "USD") String currency) {
        return BreakdownJson.of(figures.byContributor(stage, currency(currency)));
    }

    @GetMapping("/by-category")
    @Operation(summary = "Breakdown by capability category (a pool contribution's own category, else its earmark)")
    BreakdownJson byCategory(@RequestParam(defaultValue = "PLEDGED") Stage stage,
            @RequestParam(defaultValue = "USD") String currency) {
        return BreakdownJson.of(figures.byCategory(stage, currency(currency)));
    }

    @GetMapping("/by-program")
    @Operation(summary = "Breakdown by program (PURL or OTHER)")
    BreakdownJson byProgram(@RequestParam(defaultValue = "PLEDGED") Stage stage,
            @RequestParam(defaultValue = "USD") String currency) {
        return BreakdownJson.of(figures.byProgram(stage, currency(currency)));
    }

    @GetMapping("/by-year")
    @Operation(summary = "Breakdown by year of announcement")
    BreakdownJson byYear(@RequestParam(defaultValue = "PLEDGED") Stage stage,
            @RequestParam(defaultValue = "USD") String currency) {
        return BreakdownJson.of(figures.byYear(stage, currency(currency)));
    }

    private static CurrencyCode currency(String code) {
        try {
            return CurrencyCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("currency", e.getMessage());
        }
    }
}
