package org.palisade.sustainment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.requirements.ItemInput;
import org.palisade.requirements.RequirementItem;
import org.palisade.requirements.RequirementList;
import org.palisade.requirements.Requirements;
import org.palisade.money.MoneyAmount;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.palisade.sustainment.SustainmentRefusal.CsvColumns;
import org.palisade.sustainment.SustainmentRefusal.CsvEmpty;
import org.palisade.sustainment.SustainmentRefusal.CsvHeader;
import org.palisade.sustainment.SustainmentRefusal.DateInFuture;
import org.palisade.sustainment.SustainmentRefusal.DateInvalid;
import org.palisade.sustainment.SustainmentRefusal.KindNotForEntry;
import org.palisade.sustainment.SustainmentRefusal.QuantityNotPositive;
import org.palisade.sustainment.SustainmentRefusal.Required;
import org.palisade.sustainment.SustainmentRefusal.SourceMissing;
import org.palisade.sustainment.SustainmentRefusal.TooLong;
import org.palisade.sustainment.SustainmentRefusal.UnknownEntry;
import org.palisade.sustainment.SustainmentRefusal.UnknownReportKind;
import org.palisade.sustainment.SustainmentRepository.InPackages;
import org.palisade.sustainment.SustainmentRepository.Reported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of sustainment: the supply outlook of every consumable at an intensity (stock, use per day, days of
 * supply, run-out date, on order) with the fielded systems behind it; the recipient's reports of stock, use,
 * losses and fielded systems, one by one or as a CSV upload (all rows or none); and proposals of sustainment
 * requirements into the draft of the requirement list, through the requirements module's own use case.
 */
@Service
public class Sustainment {

    static final String REPORT_TYPE = "sustainment-report";
    static final String IMPORT_TYPE = "sustainment-import";
    static final String CSV_HEADER = "date,kind,entry,quantity,source,note";
    static final int SOURCE_MAX = 200;
    static final int NOTE_MAX = 1000;

    private final SustainmentRepository repository;
    private final Requirements requirements;
    private final AccessPolicy access;
    private final CurrentViewer current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SustainmentProperties properties;

    Sustainment(SustainmentRepository repository, Requirements requirements, AccessPolicy access,
            CurrentViewer current, ApplicationEventPublisher events, Clock clock, SustainmentProperties properties) {
        this.repository = repository;
        this.requirements = requirements;
        this.access = access;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** A platform as fielded: confirmed deliveries + fielded from outside the ledger − reported losses. */
    public record Fielded(CatalogueEntry platform, long delivered, long outside, long lost) {

        public long count() {
            return Math.max(0, delivered + outside - lost);
        }
    }

    /** One platform's share of a consumable's use per day. */
    public record UseBy(CatalogueEntry platform, long fielded, DailyRate rate) {

        public java.math.BigDecimal perDay() {
            return rate.perDay().multiply(java.math.BigDecimal.valueOf(fielded));
        }
    }

    /**
     * One consumable's supply at the intensity.
     *
     * @param runsShort it runs out before the proposals' days of supply from today
     */
    public record Line(CatalogueEntry consumable, SupplyOutlook outlook, List<UseBy> usedBy, boolean runsShort) {

        /** Use per day as shown: without trailing zeros. */
        public java.math.BigDecimal usePerDay() {
            java.math.BigDecimal d = outlook.usePerDay().stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        }
    }

    /**
     * What the sustainment page and endpoint show: consumables ranked by run-out date (soonest first, those
     * nothing uses last), fielded platforms, the latest reports.
     */
    public record Overview(Intensity intensity, LocalDate today, int daysOfSupply, List<Line> consumables,
            List<Fielded> fielded, List<SustainmentReport> latestReports, Map<UUID, CatalogueEntry> entries) {
    }

    /** The supply outlook at an intensity, for those who may see stock and use ({@link Visibility}). */
    @Transactional(readOnly = true)
    public Overview overview(Intensity intensity) {
        access.require(Visibility.sustainmentFigures(), Target.newRecord(REPORT_TYPE, null));
        return compute(intensity == null ? Intensity.NORMAL : intensity, 20);
    }

    /**
     * Consumables that run out within the warning period at normal intensity, soonest first, for the dashboard;
     * empty for those who may not see sustainment figures (nothing is logged: the dashboard asks for everyone).
     */
    @Transactional(readOnly = true)
    public List<Line> warnings(Viewer viewer) {
        if (!Visibility.maySeeSustainment(viewer)) {
            return List.of();
        }
        LocalDate horizon = LocalDate.now(clock).plusDays(properties.warnWithin() + 1L);
        return compute(Intensity.NORMAL, 0).consumables().stream()
                .filter(l -> l.outlook().runsOutBefore(horizon)).toList();
    }

    /** The days within which a run-out is warned about ({@code palisade.sustainment.warn-within}). */
    public int warnWithin() {
        return properties.warnWithin();
    }

    /** Reads everything the outlook needs in a fixed number of statements. */
    private Overview compute(Intensity intensity, int latest) {
        List<CatalogueEntry> entries = repository.entries();
        Map<UUID, CatalogueEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<ConsumableUse> uses = repository.uses();
        Map<UUID, Map<ReportKind, Reported>> reported = repository.reported();
        Map<UUID, InPackages> inPackages = repository.inPackages();

        List<Fielded> fielded = new ArrayList<>();
        Map<UUID, Long> counts = new HashMap<>();
        for (CatalogueEntry e : entries) {
            if (e.kind() != EntryKind.PLATFORM) {
                continue;
            }
            Map<ReportKind, Reported> r = reported.getOrDefault(e.id(), Map.of());
            Fielded f = new Fielded(e, inPackages.getOrDefault(e.id(), NONE).confirmed(), quantity(r, ReportKind.FIELDED),
                    quantity(r, ReportKind.LOSS));
            fielded.add(f);
            counts.put(e.id(), f.count());
        }
        List<Line> lines = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            if (e.kind() != EntryKind.CONSUMABLE) {
                continue;
            }
            Map<ReportKind, Reported> r = reported.getOrDefault(e.id(), Map.of());
            InPackages p = inPackages.getOrDefault(e.id(), NONE);
            List<ConsumableUse> usesOf = uses.stream().filter(u -> u.consumable().equals(e.id())).toList();
            SupplyOutlook outlook = new SupplyOutlook(
                    new SupplyOutlook.Stock(p.confirmed(), quantity(r, ReportKind.STOCK), quantity(r, ReportKind.USE),
                            quantity(r, ReportKind.LOSS)),
                    SupplyOutlook.usePerDay(counts, usesOf, intensity),
                    latest(p.lastReceivedOn(), r.values().stream().map(Reported::lastOn).toList()), p.onOrder());
            List<UseBy> usedBy = usesOf.stream().filter(u -> byId.containsKey(u.platform()))
                    .map(u -> new UseBy(byId.get(u.platform()), counts.getOrDefault(u.platform(), 0L),
                            u.rates().at(intensity)))
                    .toList();
            lines.add(new Line(e, outlook, usedBy,
                    outlook.runsOutBefore(LocalDate.now(clock).plusDays(properties.daysOfSupply()))));
        }
        lines.sort(Comparator.comparing(Line::outlook, SupplyOutlook.SOONEST_RUN_OUT_FIRST)
                .thenComparing(l -> l.consumable().name().toLowerCase(Locale.ROOT)));
        return new Overview(intensity, LocalDate.now(clock), properties.daysOfSupply(), lines, fielded,
                latest > 0 ? repository.latestReports(latest) : List.of(), byId);
    }

    private static final InPackages NONE = new InPackages(0, null, 0);

    private static long quantity(Map<ReportKind, Reported> reported, ReportKind kind) {
        Reported r = reported.get(kind);
        return r == null ? 0 : r.quantity();
    }

    private static LocalDate latest(LocalDate first, List<LocalDate> others) {
        LocalDate latest = first;
        for (LocalDate d : others) {
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    // ---- reports ----------------------------------------------------------------------------------------------

    /** A report as entered, unchecked; {@code kind} one of {@link ReportKind}'s names. */
    public record NewReport(String kind, UUID entry, Long quantity, LocalDate on, String source, String note) {
    }

    /** Records one report of the recipient (its planners). */
    @Transactional
    public SustainmentReport record(NewReport input) {
        access.require(SustainmentPermissions.toReport("report stock, use and losses"),
                Target.newRecord(REPORT_TYPE, current.organisationId()));
        Violations v = new Violations();
        ReportKind kind = kind(input.kind(), "kind", v);
        CatalogueEntry entry = null;
        if (input.entry() == null) {
            v.add("entry", new Required());
        } else {
            entry = repository.entry(input.entry()).orElse(null);
            if (entry == null) {
                v.add("entry", new UnknownEntry(input.entry().toString()));
            }
        }
        if (input.quantity() == null || input.quantity() < 1) {
            v.add("quantity", input.quantity() == null ? new Required()
                    : new QuantityNotPositive(String.valueOf(input.quantity())));
        }
        LocalDate on = input.on();
        if (on == null) {
            v.add("on", new Required());
        }
        SustainmentReport report = checked(kind, entry, input.quantity(), on, input.source(), input.note(), "", v, null);
        v.throwIfAny();
        return store(report);
    }

    /** How an upload went: the reports it recorded, under one import id. */
    public record Imported(UUID importId, int reports) {
    }

    /**
     * Records reports from CSV with the header {@value #CSV_HEADER} ({@code entry} is the catalogue name,
     * {@code source} and {@code note} may be empty where allowed). Every row is checked first; when any is bad
     * nothing is recorded and each problem is named {@code rows[<line>].<column>}.
     */
    @Transactional
    public Imported importCsv(byte[] csv) {
        access.require(SustainmentPermissions.toReport("upload reports of stock, use and losses"),
                Target.newRecord(IMPORT_TYPE, current.organisationId()));
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().toList();
        Violations v = new Violations();
        if (lines.isEmpty() || !lines.get(0).strip().toLowerCase(Locale.ROOT).replace(" ", "").startsWith(CSV_HEADER)) {
            v.add("rows[1]", new CsvHeader(CSV_HEADER));
            v.throwIfAny();
        }
        UUID importId = UUID.randomUUID();
        Map<String, CatalogueEntry> byName = new HashMap<>();
        repository.entries().forEach(e -> byName.put(e.name().toLowerCase(Locale.ROOT), e));
        List<SustainmentReport> reports = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String row = "rows[" + (i + 1) + "]";
            List<String> cols = Csv.split(line);
            if (cols.size() < 4) {
                v.add(row, new CsvColumns(CSV_HEADER));
                continue;
            }
            LocalDate on = null;
            try {
                on = LocalDate.parse(cols.get(0).strip());
            } catch (DateTimeParseException e) {
                v.add(row + ".date", new DateInvalid(cols.get(0).strip()));
            }
            ReportKind kind = kind(cols.get(1), row + ".kind", v);
            CatalogueEntry entry = byName.get(cols.get(2).strip().toLowerCase(Locale.ROOT));
            if (cols.get(2).isBlank()) {
                v.add(row + ".entry", new Required());
            } else if (entry == null) {
                v.add(row + ".entry", new UnknownEntry(cols.get(2).strip()));
            }
            Long quantity = null;
            try {
                quantity = Long.parseLong(cols.get(3).strip());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (quantity == null || quantity < 1) {
                v.add(row + ".quantity", new QuantityNotPositive(cols.get(3).strip()));
            }
            SustainmentReport report = checked(kind, entry, quantity, on, cols.size() > 4 ? cols.get(4) : null,
                    cols.size() > 5 ? cols.get(5) : null, row + ".", v, importId);
            if (report != null) {
                reports.add(report);
            }
        }
        if (reports.isEmpty() && v.isEmpty()) {
            v.add("rows", new CsvEmpty());
        }
        v.throwIfAny();
        reports.forEach(this::store);
        events.publishEvent(new RecordChanged(IMPORT_TYPE, importId, current.organisationId(), "imported", null,
                Map.of("reports", reports.size()), null));
        return new Imported(importId, reports.size());
    }

    private SustainmentReport store(SustainmentReport report) {
        repository.insert(report);
        SustainmentReport stored = repository.report(report.id()).orElseThrow();
        events.publishEvent(new RecordChanged(REPORT_TYPE, stored.id(), current.organisationId(), "recorded", null,
                stored, null));
        return stored;
    }

    private static ReportKind kind(String given, String field, Violations v) {
        if (given == null || given.isBlank()) {
            v.add(field, new Required());
            return null;
        }
        try {
            return ReportKind.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, new UnknownReportKind(given.strip()));
            return null;
        }
    }

    /** The rules every report obeys, the fields named under {@code prefix}; null when any is broken. */
    private SustainmentReport checked(ReportKind kind, CatalogueEntry entry, Long quantity, LocalDate on,
            String source, String note, String prefix, Violations v, UUID importId) {
        int before = v.size();
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            v.add(prefix + (prefix.isEmpty() ? "on" : "date"), new DateInFuture(on, today));
        }
        if (kind != null && entry != null && !kind.appliesTo(entry.kind())) {
            v.add(prefix + "kind", new KindNotForEntry(kind, entry.name(), entry.kind()));
        }
        String src = source == null || source.isBlank() ? null : source.strip();
        if (kind != null && kind.needsSource() && src == null) {
            v.add(prefix + "source", new SourceMissing(kind));
        } else if (src != null && src.length() > SOURCE_MAX) {
            v.add(prefix + "source", new TooLong(SOURCE_MAX));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            v.add(prefix + "note", new TooLong(NOTE_MAX));
        }
        if (v.size() > before || kind == null || entry == null || quantity == null || quantity < 1 || on == null) {
            return null;
        }
        return new SustainmentReport(UUID.randomUUID(), 0, kind, entry.id(), quantity, on, src, text, importId,
                clock.instant(), current.username());
    }

    // ---- proposals --------------------------------------------------------------------------------------------

    /** Why a consumable was not proposed. */
    public enum NotProposed {
        /** Stock, on order and what the draft already asks for last the days of supply. */
        COVERED,
        /** Still short, but the draft already has an item for it: the recipient adjusts that one. */
        IN_DRAFT,
        /** No fielded platform uses it at this intensity. */
        NOT_CONSUMED
    }

    public record Proposed(CatalogueEntry consumable, long quantity, UUID item) {
    }

    public record Passed(CatalogueEntry consumable, NotProposed why, long inDraft) {
    }

    /** What a proposal added to the draft (the list's number and id), and what it left out and why. */
    public record Proposal(UUID listId, int listNumber, Intensity intensity, int days, List<Proposed> proposed,
            List<Passed> passed) {
    }

    /**
     * For each consumable, adds the quantity that brings stock + on order up to the configured days of supply at
     * the intensity into the current draft of the requirement list (a new draft when none is open), through
     * {@link Requirements#addItem} and its own permission rule and audit. A consumable that the draft already names
     * is never proposed again; proposals queue one after another, so two at once do not double.
     */
    @Transactional
    public Proposal propose(Intensity intensity) {
        Intensity at = intensity == null ? Intensity.NORMAL : intensity;
        access.require(SustainmentPermissions.toPropose(), Target.newRecord("requirement-list",
                current.organisationId()));
        repository.lockProposals();
        Overview overview = compute(at, 0);
        RequirementList draft = requirements.currentDraft().orElseGet(requirements::startDraft);
        // what the draft asks for anew: items carried over from the approved version are agreed needs, which count
        // once packaged (on order, then delivered); counting them again here would count them twice
        java.util.Set<UUID> agreed = new java.util.HashSet<>();
        requirements.latestApproved().ifPresent(l -> l.items().forEach(i -> agreed.add(i.lineage())));
        Map<UUID, Long> inDraft = new HashMap<>();
        for (RequirementItem item : draft.items()) {
            if (item.catalogueEntry() != null && !agreed.contains(item.lineage())) {
                inDraft.merge(item.catalogueEntry(), item.quantity().value(), Long::sum);
            }
        }
        int days = properties.daysOfSupply();
        LocalDate today = LocalDate.now(clock);
        List<Proposed> proposed = new ArrayList<>();
        List<Passed> passed = new ArrayList<>();
        for (Line line : overview.consumables()) {
            CatalogueEntry c = line.consumable();
            long asked = inDraft.getOrDefault(c.id(), 0L);
            long shortfall = line.outlook().shortfall(days, asked);
            if (!line.outlook().consumed()) {
                passed.add(new Passed(c, NotProposed.NOT_CONSUMED, asked));
            } else if (shortfall == 0) {
                passed.add(new Passed(c, NotProposed.COVERED, asked));
            } else if (inDraft.containsKey(c.id())) {
                passed.add(new Passed(c, NotProposed.IN_DRAFT, asked));
            } else {
                LocalDate neededBy = line.outlook().runOut().filter(d -> d.isAfter(today)).orElse(today);
                ItemInput input = new ItemInput(c.category().name(), c.name() + " — " + days + " days of supply at "
                        + at.name().toLowerCase(Locale.ROOT) + " intensity", shortfall, c.unit(),
                        MoneyAmount.of(c.unitCost()), neededBy, c.id());
                Requirements.ItemAdded added = requirements.addItem(draft.id(), input, null, null);
                draft = added.list();
                proposed.add(new Proposed(c, shortfall, added.item().id()));
            }
        }
        return new Proposal(draft.id(), draft.number(), at, days, proposed, passed);
    }

    static Optional<Intensity> intensity(String given) {
        if (given == null || given.isBlank()) {
            return Optional.of(Intensity.NORMAL);
        }
        try {
            return Optional.of(Intensity.valueOf(given.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String describe(Object o) {
        return Objects.toString(o);
    }
}
