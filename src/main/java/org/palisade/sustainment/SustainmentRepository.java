package org.palisade.sustainment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.requirements.CapabilityCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of sustainment: the catalogue, consumable use, the recipient's reports, and what deliveries and packages
 * publish for it (views {@code confirmed_receipt}, {@code catalogued_package_item}).
 */
@Repository
class SustainmentRepository {

    private static final String ENTRY_COLUMNS = """
            e.id, e.number, e.kind, e.name, e.unit, e.category, e.unit_cost_amount, e.unit_cost_currency, e.version""";
    private static final String REPORT_COLUMNS = """
            r.id, r.number, r.kind, r.entry_id, r.quantity, r.reported_on, r.source, r.note, r.import_id,
            r.recorded_at, r.recorded_by""";

    private final JdbcClient jdbc;

    SustainmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueEntry> entries() {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM catalogue_entry e ORDER BY e.kind DESC, lower(e.name)")
                .query(SustainmentRepository::entry).list();
    }

    Optional<CatalogueEntry> entry(UUID id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM catalogue_entry e WHERE e.id = :id").param("id", id)
                .query(SustainmentRepository::entry).optional();
    }

    Optional<CatalogueEntry> entryNamed(String name) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM catalogue_entry e WHERE lower(e.name) = lower(:name)")
                .param("name", name).query(SustainmentRepository::entry).optional();
    }

    void insert(CatalogueEntry e, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO catalogue_entry (id, kind, name, unit, category, unit_cost_amount, unit_cost_currency,
                    created_at, created_by)
                VALUES (:id, :kind, :name, :unit, :category, :amount, :currency, :at, :by)""")
                .param("id", e.id()).param("kind", e.kind().name()).param("name", e.name()).param("unit", e.unit())
                .param("category", e.category().name()).param("amount", e.unitCost().amount())
                .param("currency", e.unitCost().currency().code()).param("at", timestamp(at)).param("by", by)
                .update();
    }

    List<ConsumableUse> uses() {
        return jdbc.sql("SELECT platform_id, consumable_id, low, normal, high FROM consumable_use")
                .query((rs, n) -> new ConsumableUse(rs.getObject("platform_id", UUID.class),
                        rs.getObject("consumable_id", UUID.class), new UseRates(new DailyRate(rs.getBigDecimal("low")),
                        new DailyRate(rs.getBigDecimal("normal")), new DailyRate(rs.getBigDecimal("high")))))
                .list();
    }

    /** Sets a platform's use of a consumable (the rates replace earlier ones); the platform row is locked first. */
    void setUse(ConsumableUse use) {
        jdbc.sql("SELECT id FROM catalogue_entry WHERE id = :id FOR NO KEY UPDATE").param("id", use.platform())
                .query(UUID.class).optional();
        jdbc.sql("""
                INSERT INTO consumable_use (platform_id, consumable_id, low, normal, high)
                VALUES (:platform, :consumable, :low, :normal, :high)
                ON CONFLICT (platform_id, consumable_id) DO UPDATE SET low = excluded.low, normal = excluded.normal,
                    high = excluded.high""")
                .param("platform", use.platform()).param("consumable", use.consumable())
                .param("low", use.rates().low().perDay()).param("normal", use.rates().normal().perDay())
                .param("high", use.rates().high().perDay()).update();
    }

    boolean removeUse(UUID platform, UUID consumable) {
        return jdbc.sql("DELETE FROM consumable_use WHERE platform_id = :platform AND consumable_id = :consumable")
                .param("platform", platform).param("consumable", consumable).update() == 1;
    }

    void insert(SustainmentReport r) {
        jdbc.sql("""
                INSERT INTO sustainment_report (id, kind, entry_id, quantity, reported_on, source, note, import_id,
                    recorded_at, recorded_by)
                VALUES (:id, :kind, :entry, :quantity, :on, :source, :note, :importId, :at, :by)""")
                .param("id", r.id()).param("kind", r.kind().name()).param("entry", r.entry())
                .param("quantity", r.quantity()).param("on", r.on()).param("source", r.source())
                .param("note", r.note()).param("importId", r.importId()).param("at", timestamp(r.recordedAt()))
                .param("by", r.recordedBy()).update();
    }

    Optional<SustainmentReport> report(UUID id) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM sustainment_report r WHERE r.id = :id").param("id", id)
                .query(SustainmentRepository::report).optional();
    }

    /** The latest reports, newest first. */
    List<SustainmentReport> latestReports(int limit) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM sustainment_report r"
                        + " ORDER BY r.reported_on DESC, r.number DESC LIMIT :limit")
                .param("limit", limit).query(SustainmentRepository::report).list();
    }

    /** Reported quantities of one entry and kind, and the latest day one was reported. */
    record Reported(long quantity, LocalDate lastOn) {
    }

    /** Every entry's reported quantities by kind, in one statement. */
    Map<UUID, Map<ReportKind, Reported>> reported() {
        Map<UUID, Map<ReportKind, Reported>> byEntry = new HashMap<>();
        jdbc.sql("""
                SELECT entry_id, kind, sum(quantity) AS quantity, max(reported_on) AS last_on
                FROM sustainment_report GROUP BY entry_id, kind""")
                .query((ResultSet rs) -> {
                    byEntry.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new HashMap<>())
                            .put(ReportKind.valueOf(rs.getString("kind")),
                                    new Reported(rs.getLong("quantity"), rs.getObject("last_on", LocalDate.class)));
                });
        return byEntry;
    }

    /**
     * What packages hold of an entry: confirmed as delivered (with the day of the latest receipt), and on order,
     * i.e. in funded or contracted (also delivering) packages, neither confirmed nor credited yet.
     */
    record InPackages(long confirmed, LocalDate lastReceivedOn, long onOrder) {
    }

    Map<UUID, InPackages> inPackages() {
        Map<UUID, InPackages> byEntry = new HashMap<>();
        jdbc.sql("""
                SELECT c.catalogue_entry_id,
                       coalesce(sum(r.confirmed), 0) AS confirmed,
                       max(r.last_received_on) AS last_received_on,
                       coalesce(sum(greatest(c.quantity - coalesce(r.confirmed, 0) - coalesce(r.credited, 0), 0))
                           FILTER (WHERE c.package_status IN ('FUNDED', 'CONTRACTED', 'DELIVERING')), 0) AS on_order
                FROM catalogued_package_item c
                LEFT JOIN confirmed_receipt r ON r.package_id = c.package_id
                     AND r.requirement_item_id = c.requirement_item_id
                GROUP BY c.catalogue_entry_id""")
                .query((ResultSet rs) -> {
                    byEntry.put(rs.getObject("catalogue_entry_id", UUID.class), new InPackages(rs.getLong("confirmed"),
                            rs.getObject("last_received_on", LocalDate.class), rs.getLong("on_order")));
                });
        return byEntry;
    }

    /** Proposals of sustainment requirements queue here, so two at once never propose the same need twice. */
    void lockProposals() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('sustainment-proposal'))").query().singleRow();
    }

    private static CatalogueEntry entry(ResultSet rs, int n) throws SQLException {
        return new CatalogueEntry(rs.getObject("id", UUID.class), rs.getInt("number"),
                EntryKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("unit"),
                CapabilityCategory.valueOf(rs.getString("category")),
                new Money(rs.getBigDecimal("unit_cost_amount"), CurrencyCode.of(rs.getString("unit_cost_currency"))),
                rs.getLong("version"));
    }

    private static SustainmentReport report(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
        return new SustainmentReport(rs.getObject("id", UUID.class), rs.getInt("number"),
                ReportKind.valueOf(rs.getString("kind")), rs.getObject("entry_id", UUID.class), rs.getLong("quantity"),
                rs.getObject("reported_on", LocalDate.class), rs.getString("source"), rs.getString("note"),
                rs.getObject("import_id", UUID.class), at == null ? null : at.toInstant(), rs.getString("recorded_by"));
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
