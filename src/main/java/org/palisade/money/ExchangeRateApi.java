package org.palisade.money;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates", description = "Dated rates with EUR as reference; conversions")
class ExchangeRateApi {

    private final ExchangeRates rates;

    ExchangeRateApi(ExchangeRates rates) {
        this.rates = rates;
    }

    record RateJson(String currency, LocalDate date, BigDecimal unitsPerEur, String source) {
        static RateJson of(ExchangeRate r) {
            return new RateJson(r.currency().code(), r.date(), r.unitsPerEur(), r.source());
        }
    }

    record ConversionJson(MoneyAmount from, MoneyAmount to, LocalDate date) {
    }

    @GetMapping
    @Operation(summary = "List rates", description = "Optionally of one currency; sort by date or currency")
    PageOf<RateJson> list(@RequestParam(required = false) String currency, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return rates.list(currency, Paging.of(page, size, sort == null ? "date,desc" : sort, ExchangeRates.SORTABLE))
                .map(RateJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record (or replace) the rate of one currency on one day")
    RateJson record(@RequestBody RateJson body) {
        Violations v = new Violations();
        CurrencyCode currency = null;
        try {
            currency = body.currency() == null ? null : CurrencyCode.of(body.currency());
        } catch (IllegalArgumentException e) {
            v.add("currency", e.getMessage());
        }
        v.check(body.currency() != null, "currency", "currency is required");
        v.check(body.date() != null, "date", "date is required");
        v.check(body.unitsPerEur() != null && body.unitsPerEur().signum() > 0, "unitsPerEur",
                "unitsPerEur must be a positive number");
        v.check(!"EUR".equals(body.currency()), "currency", "EUR is the reference currency; its rate is always 1");
        v.throwIfAny();
        return RateJson.of(rates.record(new ExchangeRate(currency, body.date(), body.unitsPerEur(), body.source())));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import rates from CSV (date,currency,units_per_eur[,source]); all rows or none")
    ExchangeRates.ImportResult importCsv(@RequestBody byte[] csv) {
        return rates.importCsv(csv);
    }

    @GetMapping("/convert")
    @Operation(summary = "Convert an amount at the rate of a date (or the last one before it)")
    ConversionJson convert(@RequestParam BigDecimal amount, @RequestParam String from, @RequestParam String to,
            @RequestParam LocalDate date) {
        Violations v = new Violations();
        Money money = new MoneyAmount(amount, from).toMoney("from", v);
        CurrencyCode target = null;
        try {
            target = CurrencyCode.of(to);
        } catch (IllegalArgumentException e) {
            v.add("to", e.getMessage());
        }
        v.throwIfAny();
        return new ConversionJson(MoneyAmount.of(money), MoneyAmount.of(rates.convert(money, target, date)), date);
    }
}
