package org.palisade.sustainment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.NotFound;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.sustainment.SustainmentRefusal.NameTaken;
import org.palisade.sustainment.SustainmentRefusal.RateInvalid;
import org.palisade.sustainment.SustainmentRefusal.RatesOutOfOrder;
import org.palisade.sustainment.SustainmentRefusal.Required;
import org.palisade.sustainment.SustainmentRefusal.TooLong;
import org.palisade.sustainment.SustainmentRefusal.UnknownCategory;
import org.palisade.sustainment.SustainmentRefusal.WrongKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the systems catalogue: platforms and consumables, and how much of each consumable a platform uses
 * per day at each intensity. Coordinators and administrators keep it; every signed-in user reads it.
 */
@Service
public class Catalogue {

    static final String RECORD_TYPE = "catalogue-entry";
    static final int NAME_MAX = 200;
    static final int UNIT_MAX = 40;

    private final SustainmentRepository repository;
    private final AccessPolicy access;
    private final CurrentViewer current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Catalogue(SustainmentRepository repository, AccessPolicy access, CurrentViewer current,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** A new entry as entered, unchecked. */
    public record NewEntry(EntryKind kind, String name, String unit, String category, MoneyAmount unitCost) {
    }

    /** Rates per day as entered (numbers as text or numbers), unchecked. */
    public record RatesInput(String low, String normal, String high) {
    }

    /** The catalogue: every entry, and every platform's use of consumables. */
    public record Contents(List<CatalogueEntry> entries, List<ConsumableUse> uses) {

        public List<CatalogueEntry> platforms() {
            return entries.stream().filter(e -> e.kind() == EntryKind.PLATFORM).toList();
        }

        public List<CatalogueEntry> consumables() {
            return entries.stream().filter(e -> e.kind() == EntryKind.CONSUMABLE).toList();
        }

        public Map<UUID, CatalogueEntry> byId() {
            return entries.stream().collect(java.util.stream.Collectors.toMap(CatalogueEntry::id, e -> e));
        }

        public List<ConsumableUse> usesOf(UUID platform) {
            return uses.stream().filter(u -> u.platform().equals(platform)).toList();
        }
    }

    @Transactional(readOnly = true)
    public Contents contents() {
        access.require(SustainmentPermissions.toReadCatalogue(), Target.newRecord(RECORD_TYPE, null));
        return new Contents(repository.entries(), repository.uses());
    }

    /** Adds a platform or consumable; names are unique whatever their case. */
    @Transactional
    public CatalogueEntry add(NewEntry input) {
        access.require(SustainmentPermissions.toEditCatalogue("add to the systems catalogue"),
                Target.newRecord(RECORD_TYPE, null));
        Violations v = new Violations();
        if (input.kind() == null) {
            v.add("kind", new Required());
        }
        String name = text(input.name(), "name", NAME_MAX, v);
        String unit = text(input.unit(), "unit", UNIT_MAX, v);
        CapabilityCategory category = null;
        if (input.category() == null || input.category().isBlank()) {
            v.add("category", new Required());
        } else {
            try {
                category = CapabilityCategory.valueOf(input.category().strip());
            } catch (IllegalArgumentException e) {
                v.add("category", new UnknownCategory(input.category().strip()));
            }
        }
        Money unitCost = null;
        if (input.unitCost() == null) {
            v.add("unitCost", new Required());
        } else {
            unitCost = input.unitCost().toRecordedMoney("unitCost", v);
        }
        if (name != null && repository.entryNamed(name).isPresent()) {
            v.add("name", new NameTaken(name));
        }
        v.throwIfAny();
        CatalogueEntry entry = new CatalogueEntry(UUID.randomUUID(), 0, input.kind(), name, unit, category, unitCost, 0);
        try {
            repository.insert(entry, clock.instant(), current.username());
        } catch (DuplicateKeyException raced) {
            throw new org.palisade.platform.InvalidRequest("name", new NameTaken(name));
        }
        CatalogueEntry stored = repository.entry(entry.id()).orElseThrow();
        events.publishEvent(new RecordChanged(RECORD_TYPE, stored.id(), null, "added", null, stored, null));
        return stored;
    }

    /** Sets how much of a consumable one platform uses per day at each intensity (low ≤ normal ≤ high). */
    @Transactional
    public ConsumableUse setUse(UUID platformId, UUID consumableId, RatesInput input) {
        access.require(SustainmentPermissions.toEditCatalogue("set consumable use in the systems catalogue"),
                new Target(RECORD_TYPE, platformId, null));
        CatalogueEntry platform = repository.entry(platformId).orElseThrow(() -> new NotFound(RECORD_TYPE, platformId));
        Violations v = new Violations();
        if (platform.kind() != EntryKind.PLATFORM) {
            v.add("platform", new WrongKind(platform.name(), EntryKind.PLATFORM));
        }
        CatalogueEntry consumable = consumableId == null ? null : repository.entry(consumableId).orElse(null);
        if (consumable == null) {
            v.add("consumable", consumableId == null ? new Required()
                    : new SustainmentRefusal.UnknownEntry(consumableId.toString()));
        } else if (consumable.kind() != EntryKind.CONSUMABLE) {
            v.add("consumable", new WrongKind(consumable.name(), EntryKind.CONSUMABLE));
        }
        UseRates rates = rates(input, v);
        v.throwIfAny();
        ConsumableUse before = repository.uses().stream()
                .filter(u -> u.platform().equals(platformId) && u.consumable().equals(consumableId)).findFirst()
                .orElse(null);
        ConsumableUse use = new ConsumableUse(platformId, consumableId, rates);
        repository.setUse(use);
        events.publishEvent(new RecordChanged(RECORD_TYPE, platformId, null, "use-set", before, use, null));
        return use;
    }

    /** Reads low, normal and high rates; each problem is named by its field. */
    static UseRates rates(RatesInput input, Violations v) {
        DailyRate low = rate(input == null ? null : input.low(), "low", v);
        DailyRate normal = rate(input == null ? null : input.normal(), "normal", v);
        DailyRate high = rate(input == null ? null : input.high(), "high", v);
        if (low == null || normal == null || high == null) {
            return null;
        }
        try {
            return new UseRates(low, normal, high);
        } catch (IllegalArgumentException e) {
            v.add("normal", new RatesOutOfOrder(low.value(), normal.value(), high.value()));
            return null;
        }
    }

    private static DailyRate rate(String given, String field, Violations v) {
        if (given == null || given.isBlank()) {
            v.add(field, new Required());
            return null;
        }
        try {
            return new DailyRate(new BigDecimal(given.strip()));
        } catch (IllegalArgumentException e) {
            v.add(field, new RateInvalid(given.strip()));
            return null;
        }
    }

    private static String text(String given, String field, int max, Violations v) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            v.add(field, new Required());
            return null;
        }
        if (text.length() > max) {
            v.add(field, new TooLong(max));
            return null;
        }
        return text;
    }
}
