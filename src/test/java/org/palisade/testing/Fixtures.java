package org.palisade.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRate;
import org.palisade.money.ExchangeRates;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.springframework.stereotype.Component;

/**
 * Reference data for tests sharing one database: each call returns the existing record when an earlier test
 * already made it, so tests stay independent of their order.
 */
@Component
public class Fixtures {

    private final Organisations organisations;
    private final ExchangeRates rates;

    Fixtures(Organisations organisations, ExchangeRates rates) {
        this.organisations = organisations;
        this.rates = rates;
    }

    public Organisation organisation(String code, OrganisationKind... kinds) {
        return organisations.byCode(code).orElseGet(() -> organisations.register(new Organisations.Registration(code,
                "Organisation " + code, code.length() == 3, Set.of(kinds), List.of())));
    }

    public UUID contributor(String code) {
        return organisation(code, OrganisationKind.CONTRIBUTOR).id();
    }

    public UUID coordinator() {
        return organisation("NATO", OrganisationKind.COORDINATOR).id();
    }

    /** The EUR/USD rate of August 2025 used in tests: one euro bought 1.1560 dollars. */
    public void usdRates() {
        rates.record(new ExchangeRate(CurrencyCode.USD, LocalDate.of(2025, 8, 1), new BigDecimal("1.1560"), "test"));
    }
}
