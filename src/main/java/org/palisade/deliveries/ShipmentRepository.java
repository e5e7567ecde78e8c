package org.palisade.deliveries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ShipmentRepository {

    private static final String COLUMNS = """
            id, number, package_id, reference, shipped_expected, shipped_on, at_hub_expected, at_hub_on,
            handover_expected, handed_over_on, received_at, received_by, recorded_at, recorded_by, version""";

    private final JdbcClient jdbc;

    ShipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the shipment with its items and returns its human number. */
    int insert(Shipment s) {
        int number = jdbc.sql("""
                INSERT INTO shipment (id, package_id, reference, shipped_expected, shipped_on, at_hub_expected,
                    at_hub_on, handover_expected, handed_over_on, recorded_at, recorded_by)
                VALUES (:id, :package, :reference, :shippedExpected, :shippedOn, :hubExpected, :hubOn,
                    :handoverExpected, :handedOverOn, :recordedAt, :recordedBy)
                RETURNING number""")
                .param("id", s.id()).param("package", s.packageId()).param("reference", s.reference())
                .params(dates(s))
                .param("recordedAt", timestamp(s.recordedAt())).param("recordedBy", s.recordedBy())
                .query(Integer.class).single();
        for (ShipmentItem item : s.items()) {
            jdbc.sql("INSERT INTO shipment_item (shipment_id, requirement_item_id, quantity) VALUES (:s, :i, :q)")
                    .param("s", s.id()).param("i", item.requirementItemId()).param("q", item.quantity()).update();
        }
        return number;
    }

    /** Saves milestones and receipt if nobody changed the shipment since {@code expectedVersion}; false otherwise. */
    boolean update(Shipment s, long expectedVersion) {
        return jdbc.sql("""
                UPDATE shipment SET shipped_expected = :shippedExpected, shipped_on = :shippedOn,
                    at_hub_expected = :hubExpected, at_hub_on = :hubOn, handover_expected = :handoverExpected,
                    handed_over_on = :handedOverOn, received_at = :receivedAt, received_by = :receivedBy,
                    version = version + 1
                WHERE id = :id AND version = :v""")
                .params(dates(s)).param("receivedAt", timestamp(s.receivedAt())).param("receivedBy", s.receivedBy())
                .param("id", s.id()).param("v", expectedVersion).update() == 1;
    }

    boolean bumpVersion(UUID id, long expectedVersion) {
        return jdbc.sql("UPDATE shipment SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", expectedVersion).update() == 1;
    }

    int insertDiscrepancy(Discrepancy d) {
        return jdbc.sql("""
                INSERT INTO delivery_discrepancy (id, shipment_id, requirement_item_id, kind, quantity, note,
                    reported_at, reported_by)
                VALUES (:id, :shipment, :item, :kind, :quantity, :note, :at, :by)
                RETURNING number""")
                .param("id", d.id()).param("shipment", d.shipmentId()).param("item", d.requirementItemId())
                .param("kind", d.kind().name()).param("quantity", d.quantity()).param("note", d.note())
                .param("at", timestamp(d.reportedAt())).param("by", d.reportedBy())
                .query(Integer.class).single();
    }

    void resolveDiscrepancy(Discrepancy d) {
        jdbc.sql("""
                UPDATE delivery_discrepancy SET resolution = :resolution, resolution_note = :note,
                    resolved_at = :at, resolved_by = :by
                WHERE id = :id""")
                .param("resolution", d.resolution().name()).param("note", d.resolutionNote())
                .param("at", timestamp(d.resolvedAt())).param("by", d.resolvedBy()).param("id", d.id()).update();
    }

    /** The shipment a discrepancy belongs to. */
    Optional<UUID> shipmentOfDiscrepancy(UUID discrepancyId) {
        return jdbc.sql("SELECT shipment_id FROM delivery_discrepancy WHERE id = :id").param("id", discrepancyId)
                .query(UUID.class).optional();
    }

    Optional<Shipment> find(UUID id) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE id = :id").param("id", id)).stream()
                .findFirst();
    }

    /** The shipments of one package, oldest first, in three statements. */
    List<Shipment> ofPackage(UUID packageId) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE package_id = :p ORDER BY number")
                .param("p", packageId));
    }

    /** The shipments of these packages, in three statements. */
    List<Shipment> ofPackages(Collection<UUID> packageIds) {
        if (packageIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE package_id = ANY(:ids) ORDER BY number")
                .param("ids", packageIds.toArray(UUID[]::new)));
    }

    /** The packages that have shipments: the candidates whose visibility the list asks the packages module. */
    List<UUID> packagesWithShipments() {
        return jdbc.sql("SELECT DISTINCT package_id FROM shipment").query(UUID.class).list();
    }

    /**
     * Shipments of these packages, newest first; only those overdue on {@code today} when asked (the rule of
     * {@link Shipment#isOverdue}, as the view {@code shipment_progress} publishes it).
     */
    List<Shipment> list(Collection<UUID> packageIds, boolean overdueOnly, LocalDate today, Paging paging) {
        if (packageIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM shipment s WHERE s.package_id = ANY(:ids)"
                        + (overdueOnly ? " AND " + OVERDUE : "") + " ORDER BY " + paging.orderBy()
                        + ", s.number DESC LIMIT :limit OFFSET :offset")
                .param("ids", packageIds.toArray(UUID[]::new)).param("today", today)
                .param("limit", paging.size()).param("offset", paging.offset()));
    }

    long count(Collection<UUID> packageIds, boolean overdueOnly, LocalDate today) {
        if (packageIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM shipment s WHERE s.package_id = ANY(:ids)"
                        + (overdueOnly ? " AND " + OVERDUE : ""))
                .param("ids", packageIds.toArray(UUID[]::new)).param("today", today).query(Long.class).single();
    }

    private static final String OVERDUE = """
            EXISTS (SELECT 1 FROM shipment_progress sp WHERE sp.shipment_id = s.id AND sp.next_expected_on < :today)""";

    private List<Shipment> load(JdbcClient.StatementSpec statement) {
        List<Row> rows = statement.query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<ShipmentItem>> items = new HashMap<>();
        jdbc.sql("SELECT shipment_id, requirement_item_id, quantity FROM shipment_item WHERE shipment_id = ANY(:ids)"
                        + " ORDER BY requirement_item_id")
                .param("ids", ids)
                .query((rs, n) -> items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new ShipmentItem(rs.getObject(2, UUID.class), rs.getLong(3))))
                .list();
        Map<UUID, List<Discrepancy>> discrepancies = new HashMap<>();
        jdbc.sql("""
                SELECT id, number, shipment_id, requirement_item_id, kind, quantity, note, reported_at, reported_by,
                    resolution, resolution_note, resolved_at, resolved_by
                FROM delivery_discrepancy WHERE shipment_id = ANY(:ids) ORDER BY number""")
                .param("ids", ids)
                .query((rs, n) -> discrepancies.computeIfAbsent(rs.getObject("shipment_id", UUID.class),
                        k -> new ArrayList<>()).add(discrepancy(rs)))
                .list();
        Map<UUID, Shipment> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            byId.put(r.id(), new Shipment(r.id(), r.number(), r.packageId(), r.reference(), r.expected(), r.reached(),
                    items.getOrDefault(r.id(), List.of()), discrepancies.getOrDefault(r.id(), List.of()),
                    r.receivedAt(), r.receivedBy(), r.recordedAt(), r.recordedBy(), r.version()));
        }
        return new ArrayList<>(byId.values());
    }

    private record Row(UUID id, int number, UUID packageId, String reference, Map<Milestone, LocalDate> expected,
            Map<Milestone, LocalDate> reached, Instant receivedAt, String receivedBy, Instant recordedAt,
            String recordedBy, long version) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Map<Milestone, LocalDate> expected = new EnumMap<>(Milestone.class);
        Map<Milestone, LocalDate> reached = new EnumMap<>(Milestone.class);
        put(expected, Milestone.SHIPPED, rs.getObject("shipped_expected", LocalDate.class));
        put(reached, Milestone.SHIPPED, rs.getObject("shipped_on", LocalDate.class));
        put(expected, Milestone.AT_HUB, rs.getObject("at_hub_expected", LocalDate.class));
        put(reached, Milestone.AT_HUB, rs.getObject("at_hub_on", LocalDate.class));
        put(expected, Milestone.HANDED_OVER, rs.getObject("handover_expected", LocalDate.class));
        put(reached, Milestone.HANDED_OVER, rs.getObject("handed_over_on", LocalDate.class));
        return new Row(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getObject("package_id", UUID.class),
                rs.getString("reference"), expected, reached, instant(rs, "received_at"), rs.getString("received_by"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), rs.getLong("version"));
    }

    private static Discrepancy discrepancy(ResultSet rs) throws SQLException {
        String resolution = rs.getString("resolution");
        return new Discrepancy(rs.getObject("id", UUID.class), rs.getInt("number"),
                rs.getObject("shipment_id", UUID.class), rs.getObject("requirement_item_id", UUID.class),
                DiscrepancyKind.valueOf(rs.getString("kind")), rs.getLong("quantity"), rs.getString("note"),
                instant(rs, "reported_at"), rs.getString("reported_by"),
                resolution == null ? null : Resolution.valueOf(resolution), rs.getString("resolution_note"),
                instant(rs, "resolved_at"), rs.getString("resolved_by"));
    }

    private static void put(Map<Milestone, LocalDate> dates, Milestone m, LocalDate date) {
        if (date != null) {
            dates.put(m, date);
        }
    }

    private static Map<String, Object> dates(Shipment s) {
        Map<String, Object> p = new HashMap<>();
        p.put("shippedExpected", s.expected().get(Milestone.SHIPPED));
        p.put("shippedOn", s.reached().get(Milestone.SHIPPED));
        p.put("hubExpected", s.expected().get(Milestone.AT_HUB));
        p.put("hubOn", s.reached().get(Milestone.AT_HUB));
        p.put("handoverExpected", s.expected().get(Milestone.HANDED_OVER));
        p.put("handedOverOn", s.reached().get(Milestone.HANDED_OVER));
        return p;
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
