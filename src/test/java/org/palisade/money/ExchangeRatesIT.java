package org.palisade.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PalisadeTest
class ExchangeRatesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExchangeRates rates;
    Api api;

    @BeforeEach
    void setUp() {
        // coordinators (and administrators) keep the rates
        new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.COORDINATOR);
    }

    @Test
    void aConversionUsesTheRateOfItsDateOrTheLastOneBefore() {
        rates.record(new ExchangeRate(CurrencyCode.of("NOK"), LocalDate.of(2025, 8, 1), new BigDecimal("11.80"), null));
        rates.record(new ExchangeRate(CurrencyCode.of("NOK"), LocalDate.of(2025, 8, 15), new BigDecimal("11.90"), null));
        Money hundred = Money.of("118.00", "NOK");
        assertThat(rates.convert(hundred, CurrencyCode.EUR, LocalDate.of(2025, 8, 10))).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(rates.convert(Money.of("119.00", "NOK"), CurrencyCode.EUR, LocalDate.of(2025, 8, 15)))
                .isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void aConversionBetweenTwoForeignCurrenciesGoesThroughTheEuroAndRoundsHalfEven() {
        rates.record(new ExchangeRate(CurrencyCode.of("CAD"), LocalDate.of(2025, 9, 1), new BigDecimal("1.6"), null));
        rates.record(new ExchangeRate(CurrencyCode.of("JPY"), LocalDate.of(2025, 9, 1), new BigDecimal("171"), null));
        // 1 CAD = 1/1.6 EUR = 106.875 JPY: half-even to JPY's zero decimals gives 107 (and 0.5 → even)
        assertThat(rates.convert(Money.of("1.00", "CAD"), CurrencyCode.of("JPY"), LocalDate.of(2025, 9, 2)))
                .isEqualTo(Money.of("107", "JPY"));
        assertThat(rates.convert(Money.of("0.80", "CAD"), CurrencyCode.of("JPY"), LocalDate.of(2025, 9, 2)))
                .isEqualTo(Money.of("86", "JPY"));
    }

    @Test
    void withoutARateOnOrBeforeTheDateTheConversionIsRefusedNeverGuessed() {
        assertThatThrownBy(() -> rates.convert(Money.of("1.00", "CHF"), CurrencyCode.EUR, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(MissingRate.class)
                .hasMessageContaining("No exchange rate for CHF on or before 2025-01-01");
        var refused = api.get("/api/v1/exchange-rates/convert?amount=5&from=CHF&to=EUR&date=2025-01-01");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("exchangeRate");
    }

    @Test
    void aCsvImportTakesEveryRowOrNone() {
        String bad = """
                date,currency,units_per_eur,source
                2025-08-04,GBP,0.87,ECB
                2025-08-05,XXQ,0.87,ECB
                2025-13-01,GBP,0.88,ECB
                2025-08-06,GBP,-1,ECB
                """;
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.send("POST", "/api/v1/exchange-rates/import", bad, Map.of("Content-Type", "text/csv"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("rows[3].currency", "rows[4].date", "rows[5].units_per_eur");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);

        String good = "date,currency,units_per_eur\n2025-08-04,GBP,0.87\n2025-08-05,GBP,0.8712\n";
        var imported = api.send("POST", "/api/v1/exchange-rates/import", good, Map.of("Content-Type", "text/csv"));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/exchange-rates?currency=GBP").json().path("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void aRateMustBePositiveAndNotForTheReferenceCurrency() {
        var refused = api.post("/api/v1/exchange-rates", Map.of("currency", "EUR", "date", "2025-08-01", "unitsPerEur", -2));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("unitsPerEur", "currency");
    }
}
