package org.palisade.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Coverage;
import org.palisade.packages.PackageStatus;
import org.palisade.packages.Packages;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.WebPages;
import org.palisade.organisations.OrganisationNames;
import org.palisade.organisations.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard, where every role starts: totals per stage in USD and EUR, every package's coverage, aid by
 * contributor and by category as charts (each with its table), and the latest changes.
 */
@WebPages
class DashboardPages {

    /** Charts are drawn in USD: the currency most PURL figures are announced in. */
    static final CurrencyCode CHART_CURRENCY = CurrencyCode.USD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Figures figures;
    private final Packages packages;
    private final LatestChanges latest;
    private final MessageSource messages;
    private final Organisations organisations;
    private final OrganisationNames names;
    private final OverdueShipments overdue;

    private final org.palisade.sustainment.Sustainment sustainment;
    private final org.palisade.security.CurrentViewer viewer;

    DashboardPages(Figures figures, Packages packages, LatestChanges latest, MessageSource messages,
            Organisations organisations, OrganisationNames names, OverdueShipments overdue,
            org.palisade.sustainment.Sustainment sustainment, org.palisade.security.CurrentViewer viewer) {
        this.overdue = overdue;
        this.sustainment = sustainment;
        this.viewer = viewer;
        this.figures = figures;
        this.packages = packages;
        this.latest = latest;
        this.messages = messages;
        this.organisations = organisations;
        this.names = names;
    }

    /** What one chart draws: labels, values in whole units of the currency, and the currency. */
    record Chart(List<String> labels, List<BigDecimal> values, String currency) {
    }

    /** A package's coverage as its bars show it. */
    record PackageCoverage(Coverage coverage) {
    }

    @GetMapping("/")
    String dashboard(Model model, Locale locale) {
        Map<Stage, Map<CurrencyCode, Breakdown>> totals = figures.totals();
        model.addAttribute("totals", totals);
        // what the charts (USD) leave out for want of a rate is named once, beside the totals
        model.addAttribute("notConverted", totals.get(Stage.PLEDGED).get(CHART_CURRENCY).notConverted());
        Breakdown byContributor = figures.byContributor(Stage.PLEDGED, CHART_CURRENCY);
        Breakdown byCategory = figures.byCategory(Stage.PLEDGED, CHART_CURRENCY);
        model.addAttribute("byContributor", byContributor);
        model.addAttribute("byCategory", byCategory);
        Map<String, String> byCode = namesByCode(locale);
        Map<String, String> contributorNames = new HashMap<>();
        byContributor.buckets().forEach(b -> contributorNames.put(b.key(), joinedName(b.key(), byCode)));
        model.addAttribute("contributorNames", contributorNames);
        model.addAttribute("contributorChart", JSON.writeValueAsString(chart(byContributor,
                k -> contributorNames.getOrDefault(k, k), locale)));
        model.addAttribute("categoryChart", JSON.writeValueAsString(chart(byCategory,
                k -> messages.getMessage(Figures.UNEARMARKED.equals(k) ? "dashboard.unearmarked" : "category." + k,
                        null, k, locale), locale)));
        PageOf<AidPackage> live = packages.list(null, Paging.of(0, 50, "number,desc", Packages.SORTABLE));
        List<AidPackage> shown = live.items().stream().filter(p -> p.status() != PackageStatus.CANCELLED).toList();
        model.addAttribute("packages", shown);
        Map<UUID, PackageCoverage> coverage = new LinkedHashMap<>();
        packages.coverage(shown).forEach((id, c) -> coverage.put(id, new PackageCoverage(c)));
        model.addAttribute("coverage", coverage);
        List<LatestChanges.Change> changes = latest.newest(10);
        model.addAttribute("changes", changes);
        Set<UUID> contributors = new HashSet<>();
        changes.forEach(c -> contributors.addAll(c.contributors()));
        Map<UUID, String> byId = new HashMap<>();
        organisations.all(contributors).forEach(o -> byId.put(o.id(), names.name(o, locale)));
        Map<UUID, String> who = new HashMap<>();
        changes.forEach(c -> who.put(c.recordId(), c.contributors().stream().map(id -> byId.getOrDefault(id, ""))
                .collect(Collectors.joining(" + "))));
        model.addAttribute("who", who);
        model.addAttribute("overdueShipments", overdue.count());
        // consumables running out soon, to those who may see stock and use (empty for everyone else)
        model.addAttribute("sustainmentWarnings", sustainment.warnings(viewer.viewer()));
        model.addAttribute("sustainmentWarnWithin", sustainment.warnWithin());
        return "reporting/dashboard";
    }

    /**
     * Names for the chart's contributor keys, which are codes joined by "+" for joint contributions:
     * "Denmark + Norway + Sweden" rather than "DNK+NOR+SWE". Thirteen or so organisations: one read.
     */
    private Map<String, String> namesByCode(Locale locale) {
        Map<String, String> byCode = new HashMap<>();
        organisations.choices()
                .forEach(o -> byCode.put(o.code().value(), names.name(o, locale)));
        return byCode;
    }

    private static String joinedName(String key, Map<String, String> byCode) {
        return Arrays.stream(key.split("\\+")).map(code -> byCode.getOrDefault(code, code))
                .collect(Collectors.joining(" + "));
    }

    private static Chart chart(Breakdown breakdown, java.util.function.Function<String, String> label, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Breakdown.Bucket bucket : breakdown.buckets()) {
            labels.add(label.apply(bucket.key()));
            values.add(bucket.amount().amount().setScale(0, java.math.RoundingMode.HALF_EVEN));
        }
        return new Chart(labels, values, CHART_CURRENCY.code());
    }
}
