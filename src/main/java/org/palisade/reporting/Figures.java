package org.palisade.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.money.RateTable;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trustworthy figures of the ledger: totals per stage and breakdowns by contributor, category, program and year, each
 * converted at the date of its stage, as far as the viewer may see them.
 *
 * <p>Disclosure rule for aggregates ({@link Visibility#mayCountUndisclosed} decides): a contribution the viewer
 * may not see never appears under its contributor or in a bucket of its own. Hidden contributions are added up
 * into a single "undisclosed" sum, and counted in the total marked as including undisclosed contributions, only
 * when they come from at least two different lead contributors; otherwise they are left out (and the figure
 * says so), because the difference would reveal one nation's confidential amount.
 *
 * <p>In EUR and USD the figures add up the summary rows the contributions module keeps in step with each
 * change (a bounded number of rows, whatever the number of contributions); other currencies are converted
 * from every contribution. Money without a rate yet is named beside the figures, never dropped silently.
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

    /**
     * What the disclosure rule works on: converted money under one bucket key, from one lead contributor,
     * visible to the viewer or not.
     */
    record Part(String key, String lead, boolean visible, Money amount, int contributions) {
    }

    /** Totals per stage in EUR and USD. */
    @Transactional(readOnly = true)
    public Map<Stage, Map<CurrencyCode, Breakdown>> totals() {
        Viewer viewer = current.viewer();
        List<FigureRepository.Summary> summary = repository.summary(viewer, FigureRepository.KEPT, null,
                FigureRepository.By.TOTAL);
        List<FigureRepository.Waiting> waiting = repository.waiting(viewer, FigureRepository.KEPT, null);
        Map<Stage, Map<CurrencyCode, Breakdown>> result = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<CurrencyCode, Breakdown> byCurrency = new LinkedHashMap<>();
            for (CurrencyCode currency : FigureRepository.KEPT) {
                byCurrency.put(currency, fromSummary(summary, waiting, stage, currency));
            }
            result.put(stage, byCurrency);
        }
        return result;
    }

    /** By contributor; a joint contribution is its own bucket ("DNK+NOR+SWE"), since its split is not known. */
    @Transactional(readOnly = true)
    public Breakdown byContributor(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, FigureRepository.By.CONTRIBUTORS, r -> String.join("+", r.contributors()));
    }

    /**
     * By capability category: a general-pool contribution's own category, else its earmark (for a package
     * contribution, the category of its package's items it is earmarked for); "UNEARMARKED" for neither.
     */
    @Transactional(readOnly = true)
    public Breakdown byCategory(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, FigureRepository.By.CATEGORY, r -> r.earmark() == null ? UNEARMARKED : r.earmark());
    }

    /** By program: PURL or OTHER. */
    @Transactional(readOnly = true)
    public Breakdown byProgram(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, FigureRepository.By.PROGRAM, ContributionRow::program);
    }

    /** By year of announcement. */
    @Transactional(readOnly = true)
    public Breakdown byYear(Stage stage, CurrencyCode currency) {
        return breakdown(stage, currency, FigureRepository.By.YEAR, r -> String.valueOf(r.announcedOn().getYear()));
    }

    private Breakdown breakdown(Stage stage, CurrencyCode currency, FigureRepository.By by,
            Function<ContributionRow, String> rowKey) {
        Viewer viewer = current.viewer();
        if (FigureRepository.KEPT.contains(currency)) {
            return fromSummary(repository.summary(viewer, List.of(currency), stage, by),
                    repository.waiting(viewer, List.of(currency), stage), stage, currency);
        }
        List<ContributionRow> rows = repository.rows(viewer);
        return breakdown(rows, stage, currency, table(rows, currency), rowKey);
    }

    static Breakdown fromSummary(List<FigureRepository.Summary> summary, List<FigureRepository.Waiting> waiting,
            Stage stage, CurrencyCode currency) {
        List<Part> parts = summary.stream().filter(s -> s.stage() == stage && s.currency().equals(currency))
                .map(s -> new Part(s.key(), s.lead(), s.visible(), s.amount(), s.contributions())).toList();
        List<FigureRepository.Waiting> here = waiting.stream()
                .filter(w -> w.stage() == stage && w.target().equals(currency)).toList();
        return breakdown(stage, currency, parts,
                here.stream().filter(FigureRepository.Waiting::visible).map(FigureRepository.Waiting::money).toList(),
                here.stream().anyMatch(w -> !w.visible()));
    }

    /** The figures of single contributions, each converted with the rates given. */
    static Breakdown breakdown(List<ContributionRow> rows, Stage stage, CurrencyCode currency, RateTable table,
            Function<ContributionRow, String> key) {
        List<Part> parts = new ArrayList<>();
        List<NotConverted> waiting = new ArrayList<>();
        boolean hiddenWaiting = false;
        for (ContributionRow row : rows) {
            Money amount = row.at(stage);
            if (amount == null) {
                continue;
            }
            Optional<Money> converted = table.converted(amount, currency, row.dateOf(stage));
            if (converted.isPresent()) {
                parts.add(new Part(key.apply(row), row.lead(), row.visible(), converted.get(), 1));
            } else if (row.visible()) {
                waiting.add(new NotConverted(amount, 1, row.dateOf(stage)));
            } else {
                hiddenWaiting = true;
            }
        }
        return breakdown(stage, currency, parts, waiting, hiddenWaiting);
    }

    /**
     * The disclosure rule over converted parts. Money without a rate is named per currency when the viewer may
     * see it; when hidden, it is left out and the figure says that something was withheld.
     */
    static Breakdown breakdown(Stage stage, CurrencyCode currency, List<Part> parts, List<NotConverted> waiting,
            boolean hiddenWaiting) {
        Map<String, Money> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Money hidden = Money.zero(currency);
        Set<String> hiddenLeads = new HashSet<>();
        for (Part part : parts) {
            if (part.visible()) {
                sums.merge(part.key(), part.amount(), Money::plus);
                counts.merge(part.key(), part.contributions(), Integer::sum);
            } else {
                hidden = hidden.plus(part.amount());
                hiddenLeads.add(part.lead());
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
                (!hiddenLeads.isEmpty() && !showHidden) || hiddenWaiting, NotConverted.perCurrency(waiting));
    }

    private RateTable table(List<ContributionRow> rows, CurrencyCode target) {
        Set<CurrencyCode> currencies = rows.stream().map(r -> r.pledged().currency()).collect(Collectors.toSet());
        currencies.add(target);
        return rates.table(currencies);
    }
}
