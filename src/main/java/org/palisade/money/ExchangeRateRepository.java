package org.palisade.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.palisade.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExchangeRateRepository {

    /** Advisory lock key of the rates ("RATES" in ASCII). */
    static final long RATE_LOCK = 0x5241544553L;

    private final JdbcClient jdbc;

    ExchangeRateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the rate of that currency and day; returns true when a row was replaced. */
    boolean upsert(ExchangeRate rate) {
        boolean existed = jdbc.sql("SELECT count(*) FROM exchange_rate WHERE currency = :c AND rate_date = :d")
                .param("c", rate.currency().code()).param("d", rate.date()).query(Integer.class).single() > 0;
        jdbc.sql("""
                INSERT INTO exchange_rate (currency, rate_date, units_per_eur, source)
                VALUES (:c, :d, :r, :s)
                ON CONFLICT (currency, rate_date) DO UPDATE
                   SET units_per_eur = EXCLUDED.units_per_eur, source = EXCLUDED.source, recorded_at = now()""")
                .param("c", rate.currency().code()).param("d", rate.date())
                .param("r", rate.unitsPerEur()).param("s", rate.source())
                .update();
        return existed;
    }

    /** Every currency with at least one recorded rate. */
    java.util.Set<String> currenciesWithRates() {
        return jdbc.sql("SELECT DISTINCT currency FROM exchange_rate").query(String.class).list().stream()
                .map(String::strip).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Rates held steady: conversions take the lock shared (they do not wait for each other), recording takes it
     * exclusively, so a conversion never uses a rate that a concurrent, not yet committed recording replaces and
     * whose re-conversion would miss the amount being converted.
     */
    void lockShared() {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:key)").param("key", RATE_LOCK).query((rs, n) -> n).single();
    }

    void lockExclusive() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", RATE_LOCK).query((rs, n) -> n).single();
    }

    /** The first rate date of the currency after {@code date}, or null: a rate counts until the next one. */
    LocalDate nextRateDate(CurrencyCode currency, LocalDate date) {
        return jdbc.sql("SELECT min(rate_date) FROM exchange_rate WHERE currency = :c AND rate_date > :d")
                .param("c", currency.code()).param("d", date)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    RateTable table(Collection<CurrencyCode> currencies) {
        Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        jdbc.sql("SELECT currency, rate_date, units_per_eur FROM exchange_rate WHERE currency = ANY(:c)")
                .param("c", currencies.stream().map(CurrencyCode::code).toArray(String[]::new))
                .query((rs, n) -> rates.computeIfAbsent(CurrencyCode.of(rs.getString("currency")), k -> new TreeMap<>())
                        .put(rs.getObject("rate_date", LocalDate.class), rs.getBigDecimal("units_per_eur")))
                .list();
        return new RateTable(rates);
    }

    List<ExchangeRate> page(String currency, Paging paging) {
        return jdbc.sql("SELECT currency, rate_date, units_per_eur, source FROM exchange_rate"
                        + " WHERE (CAST(:c AS text) IS NULL OR currency = :c) ORDER BY " + paging.orderBy()
                        + ", currency, rate_date DESC LIMIT :limit OFFSET :offset")
                .param("c", currency).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new ExchangeRate(CurrencyCode.of(rs.getString("currency")),
                        rs.getObject("rate_date", LocalDate.class), rs.getBigDecimal("units_per_eur").stripTrailingZeros(),
                        rs.getString("source")))
                .list();
    }

    long count(String currency) {
        return jdbc.sql("SELECT count(*) FROM exchange_rate WHERE (CAST(:c AS text) IS NULL OR currency = :c)")
                .param("c", currency).query(Long.class).single();
    }
}
