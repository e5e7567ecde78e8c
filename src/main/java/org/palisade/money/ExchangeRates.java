package org.palisade.money;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Preamble;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases for dated exchange rates and conversions between currencies. */
@Service
public class ExchangeRates {

    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("date", "rate_date", "currency", "currency")
            .descendingFirst("date");
    static final String CSV_HEADER = "date,currency,units_per_eur";

    private final ExchangeRateRepository repository;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;

    ExchangeRates(ExchangeRateRepository repository, ApplicationEventPublisher events, AccessPolicy access) {
        this.repository = repository;
        this.events = events;
        this.access = access;
    }

    /** Rates convert every nation's money: administrators and coordinators keep them. */
    private void requireRateKeeper(String action) {
        access.require(RatePermissions.toRecord(action), AccessPolicy.Target.newRecord("exchange-rate", null));
    }

    /** How an import went: rows added and rows that replaced an earlier rate of the same day. */
    public record ImportResult(int imported, int replaced) {
    }

    @Transactional
    public ExchangeRate record(ExchangeRate rate) {
        requireRateKeeper("record an exchange rate");
        repository.lockExclusive();
        boolean replaced = repository.upsert(rate);
        events.publishEvent(new RatesChanged(rate.currency(), rate.date(),
                repository.nextRateDate(rate.currency(), rate.date())));
        events.publishEvent(new RecordChanged("exchange-rate", idOf(rate), null, replaced ? "replaced" : "recorded",
                null, rate, null));
        return rate;
    }

    /**
     * Imports rates from CSV with the header {@code date,currency,units_per_eur} and an optional fourth
     * column {@code source}. Every row is checked first; when any row is bad nothing is imported and each
     * problem is named as {@code rows[<line>].<column>}.
     */
    @Transactional
    public ImportResult importCsv(byte[] csv) {
        requireRateKeeper("import exchange rates");
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().toList();
        Violations v = new Violations();
        if (lines.isEmpty() || !lines.get(0).strip().toLowerCase().startsWith(CSV_HEADER)) {
            v.add("rows[1]", "the first line must be the header '" + CSV_HEADER + "[,source]'", "rates.refused.header",
                    CSV_HEADER);
            v.throwIfAny();
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ExchangeRate rate = parseRow(line, "rows[" + (i + 1) + "]", v);
            if (rate != null) {
                rates.add(rate);
            }
        }
        if (rates.isEmpty() && v.isEmpty()) {
            v.add("rows", "the file holds no rates", "rates.refused.empty");
        }
        v.throwIfAny();
        repository.lockExclusive();
        int replaced = 0;
        Map<CurrencyCode, LocalDate> earliest = new java.util.TreeMap<>(java.util.Comparator.comparing(CurrencyCode::code));
        for (ExchangeRate rate : rates) {
            if (repository.upsert(rate)) {
                replaced++;
            }
            earliest.merge(rate.currency(), rate.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        earliest.forEach((currency, from) -> events.publishEvent(new RatesChanged(currency, from, null)));
        events.publishEvent(new RecordChanged("exchange-rate-import", UUID.randomUUID(), null, "imported", null,
                Map.of("rows", rates.size(), "replaced", replaced), null));
        return new ImportResult(rates.size() - replaced, replaced);
    }

    private static ExchangeRate parseRow(String line, String field, Violations v) {
        String[] cols = line.split(",", 4);
        if (cols.length < 3) {
            v.add(field, "expected date,currency,units_per_eur (was '" + line + "')", "rates.refused.columns", line);
            return null;
        }
        LocalDate date = null;
        CurrencyCode currency = null;
        BigDecimal rate = null;
        try {
            date = LocalDate.parse(cols[0].strip());
        } catch (DateTimeParseException e) {
            v.add(field + ".date", "date must be YYYY-MM-DD (was '" + cols[0].strip() + "')", "rates.refused.date",
                    cols[0].strip());
        }
        try {
            currency = CurrencyCode.of(cols[1].strip());
            if (currency.equals(CurrencyCode.EUR)) {
                v.add(field + ".currency", "EUR is the reference currency; its rate is always 1",
                        "rates.currency.reference");
                currency = null;
            }
        } catch (IllegalArgumentException e) {
            v.add(field + ".currency", e.getMessage(), "money.currency.unknown");
        }
        try {
            rate = new BigDecimal(cols[2].strip());
            if (rate.signum() <= 0) {
                v.add(field + ".units_per_eur", "rate must be positive (was " + cols[2].strip() + ")",
                        "rates.rate.positive");
                rate = null;
            }
        } catch (NumberFormatException e) {
            v.add(field + ".units_per_eur", "rate must be a decimal number such as 1.1560 (was '" + cols[2].strip() + "')",
                    "rates.refused.rate-number", cols[2].strip());
        }
        String source = cols.length > 3 ? cols[3].strip().replaceAll("^\"|\"$", "") : null;
        return date == null || currency == null || rate == null ? null
                : new ExchangeRate(currency, date, rate, source == null || source.isEmpty() ? null : source);
    }

    /**
     * Holds the rates steady until the calling transaction ends: call before converting amounts that are kept
     * (see {@link RatesChanged}). Conversions do not wait for each other, only for a recording in progress.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void holdSteady() {
        if (!HELD_STEADY.madeInThisTransaction()) {
            repository.lockShared();
        }
    }

    /**
     * {@link #holdSteady()} as a call another statement can carry first in a hot write's transaction (see
     * {@link org.palisade.platform.Idempotency#onceAsHotWrite}); {@code holdSteady()} then costs nothing.
     */
    public Preamble heldSteady() {
        return HELD_STEADY;
    }

    private static final Preamble HELD_STEADY =
            Preamble.of("pg_advisory_xact_lock_shared(" + ExchangeRateRepository.RATE_LOCK + ")");

    /** Rates of these currencies, loaded once for many conversions. */
    @Transactional(readOnly = true)
    public RateTable table(Collection<CurrencyCode> currencies) {
        return repository.table(currencies);
    }

    @Transactional(readOnly = true)
    public Money convert(Money money, CurrencyCode target, LocalDate date) {
        return table(Set.of(money.currency(), target)).convert(money, target, date);
    }

    @Transactional(readOnly = true)
    public PageOf<ExchangeRate> list(String currency, Paging paging) {
        return PageOf.of(repository.page(currency, paging), paging, repository.count(currency));
    }

    private static UUID idOf(ExchangeRate rate) {
        return UUID.nameUUIDFromBytes((rate.currency() + "@" + rate.date()).getBytes(StandardCharsets.UTF_8));
    }
}
