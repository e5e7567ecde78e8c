package org.palisade.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.RateTable;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trustworthy figures of the ledger: totals per stage and breakdowns by contributor, category and year, each
 * converted at the date of its stage, as far as the viewer may see them.
 *
 * <p>Disclosure rule for aggregates ({@link Visibility#mayCountUndisclosed} decides): a contribution the viewer
 * may not see never appears under its contributor or in a bucket of its own. Hidden contributions are added up
 * into a single "undisclosed" sum, and counted in the total marked as including undisclosed contributions, only
 * when they come from at least two different lead contributors; otherwise they are left out (and the figure
 * says so), because the difference would reveal one nation's confidential amount.
 */
@Service
public class Figures {

    public static final String UNEARMARKED = "UNEARMARKED";

    private final FigureRepository repository;
    private final ExchangeRates rates;
    private final CurrentViewer current;

    Figures(FigureRepository repository, ExchangeRates rates, CurrentViewer current) {
        this.repository = repository;
        this.rates = rates;
        this.current = current;
    }

    /** Totals per stage in EUR and USD. */
    @Transactional(readOnly = true)
    public Map<Stage, Map<CurrencyCode, Breakdown>> totals() {
        List<ContributionRow> rows = repository.rows(current.viewer(), null);
        RateTable table = table(rows, List.of(CurrencyCode.EUR, CurrencyCode.USD));
        Map<Stage, Map<CurrencyCode, Breakdown>> result = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<CurrencyCode, Breakdown> byCurrency = new LinkedHashMap<>();
            for (CurrencyCode currency : List.of(CurrencyCode.EUR, CurrencyCode.USD)) {
                byCurrency.put(currency, breakdown(rows, stage, currency, table, r -> "ALL"));
            }
            result.put(stage, byCurrency);
        }
        return result;
    }

    /** By contributor; a joint contribution is its own bucket ("DNK+NOR+SWE"), since its split is not known. */
    @Transactional(readOnly = true)
    public Breakdown byContributor(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, r -> String.join("+", r.contributors()));
    }

    /** By earmarked capability category ("UNEARMARKED" for money not earmarked). */
    @Transactional(readOnly = true)
    public Breakdown byCategory(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, r -> r.earmark() == null ? UNEARMARKED : r.earmark());
    }

    /** By year of announcement. */
    @Transactional(readOnly = true)
    public Breakdown byYear(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, r -> String.valueOf(r.announcedOn().getYear()));
    }

    private Breakdown breakdown(Stage stage, CurrencyCode currency, Function<ContributionRow, String> key) {
        List<ContributionRow> rows = repository.rows(current.viewer(), null);
        return breakdown(rows, stage, currency, table(rows, List.of(currency)), key);
    }

    static Breakdown breakdown(List<ContributionRow> rows, Stage stage, CurrencyCode currency, RateTable table,
            Function<ContributionRow, String> key) {
        Map<String, Money> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Money hidden = Money.zero(currency);
        Set<String> hiddenLeads = new java.util.HashSet<>();
        for (ContributionRow row : rows) {
            Money amount = row.at(stage);
            if (amount == null) {
                continue;
            }
            Money converted = table.convert(amount, currency, row.dateOf(stage));
            if (row.visible()) {
                sums.merge(key.apply(row), converted, Money::plus);
                counts.merge(key.apply(row), 1, Integer::sum);
            } else {
                hidden = hidden.plus(converted);
                hiddenLeads.add(row.lead());
            }
        }
        List<Breakdown.Bucket> buckets = new ArrayList<>();
        sums.forEach((k, m) -> buckets.add(new Breakdown.Bucket(k, m, counts.get(k))));
        buckets.sort(Comparator.comparing((Breakdown.Bucket b) -> b.amount().amount()).reversed()
                .thenComparing(Breakdown.Bucket::key));
        Money total = buckets.stream().map(Breakdown.Bucket::amount).reduce(Money.zero(currency), Money::plus);
        boolean showHidden = Visibility.mayCountUndisclosed(hiddenLeads);
        if (showHidden) {
            total = total.plus(hidden);
        }
        return new Breakdown(stage, buckets, showHidden ? hidden : null, total, showHidden,
                !hiddenLeads.isEmpty() && !showHidden);
    }

    private RateTable table(List<ContributionRow> rows, List<CurrencyCode> targets) {
        Set<CurrencyCode> currencies = rows.stream().map(r -> r.pledged().currency()).collect(Collectors.toSet());
        currencies.addAll(targets);
        return rates.table(currencies);
    }
}
