package org.palisade.packages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.platform.Paging;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PackageRepository {

    private final JdbcClient jdbc;

    PackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the package and returns its human number. */
    int insert(AidPackage p) {
        int number = jdbc.sql("""
                INSERT INTO aid_package (id, name, target_amount, target_currency, status, owner_id, disclosure, created_at)
                VALUES (:id, :name, :amount, :currency, :status, :owner, :disclosure, :createdAt)
                RETURNING number""")
                .param("id", p.id()).param("name", p.name())
                .param("amount", p.target().amount()).param("currency", p.target().currency().code())
                .param("status", p.status().name()).param("owner", p.owner())
                .param("disclosure", p.disclosure().name())
                .param("createdAt", OffsetDateTime.ofInstant(p.createdAt(), java.time.ZoneOffset.UTC))
                .query(Integer.class).single();
        replaceItems(p.id(), p.items());
        return number;
    }

    void replaceItems(UUID packageId, List<PackageItem> items) {
        jdbc.sql("DELETE FROM package_item WHERE package_id = :id").param("id", packageId).update();
        for (PackageItem item : items) {
            jdbc.sql("INSERT INTO package_item (package_id, requirement_item_id, quantity) VALUES (:p, :i, :q)")
                    .param("p", packageId).param("i", item.requirementItemId()).param("q", item.quantity()).update();
        }
    }

    /** Saves a new status if nobody changed the package since {@code expectedVersion}; false otherwise. */
    boolean updateStatus(AidPackage p, long expectedVersion) {
        return jdbc.sql("UPDATE aid_package SET status = :status, version = version + 1 WHERE id = :id AND version = :v")
                .param("status", p.status().name()).param("id", p.id()).param("v", expectedVersion).update() == 1;
    }

    /**
     * Locks the package's row until the transaction ends (see {@link Packages#lockForDelivery}). FOR NO KEY UPDATE
     * serialises the lockers (and any update of the row) but, unlike FOR UPDATE, lets rows that only reference the
     * package by foreign key (a pledge, a claim) be inserted meanwhile: their key check takes FOR KEY SHARE.
     */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM aid_package WHERE id = :id FOR NO KEY UPDATE").param("id", id).query(UUID.class)
                .optional();
    }

    boolean bumpVersion(UUID id, long expectedVersion) {
        return jdbc.sql("UPDATE aid_package SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", id).param("v", expectedVersion).update() == 1;
    }

    void recordStatus(UUID packageId, PackageStatus status, Instant at, String by, String reason) {
        jdbc.sql("""
                INSERT INTO package_status_change (package_id, status, changed_at, changed_by, reason)
                VALUES (:p, :s, :at, :by, :reason)""")
                .param("p", packageId).param("s", status.name())
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .param("by", by).param("reason", reason).update();
    }

    List<StatusChange> timeline(UUID packageId) {
        return jdbc.sql("""
                SELECT status, changed_at, changed_by, reason FROM package_status_change
                WHERE package_id = :p ORDER BY changed_at, status""")
                .param("p", packageId)
                .query((rs, n) -> new StatusChange(PackageStatus.valueOf(rs.getString("status")),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                        rs.getString("reason")))
                .list();
    }

    /** Quantities of each item already taken by live packages (optionally leaving one package out). */
    Map<UUID, Long> allocated(Collection<UUID> itemIds) {
        Map<UUID, Long> taken = new HashMap<>();
        jdbc.sql("""
                SELECT pi.requirement_item_id, sum(pi.quantity) AS taken
                FROM package_item pi JOIN aid_package p ON p.id = pi.package_id
                WHERE pi.requirement_item_id = ANY(:ids) AND p.status <> 'CANCELLED'
                GROUP BY pi.requirement_item_id""")
                .param("ids", itemIds.toArray(UUID[]::new))
                .query((rs, n) -> taken.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return taken;
    }

    Optional<AidPackage> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** A package as it is stored, and whether the viewer asking may see it. */
    record Sighting(AidPackage pkg, boolean visible) {
    }

    /**
     * The package with its items and whether the viewer may see it (see {@link Visibility#packagePredicate}), in
     * one statement: a pledge looks its package up on every request, and a hidden one is still logged as a
     * refused read, so its existence is learnt from the same row.
     */
    Optional<Sighting> sight(UUID id, Viewer viewer) {
        return jdbc.sql("""
                SELECT p.id, p.number, p.name, p.target_amount, p.target_currency, p.status, p.owner_id, p.disclosure,
                       p.created_at, p.version, """ + Visibility.packagePredicate("p") + """
                        AS visible,
                       ARRAY(SELECT i.requirement_item_id FROM package_item i WHERE i.package_id = p.id
                             ORDER BY i.requirement_item_id) AS item_ids,
                       ARRAY(SELECT i.quantity FROM package_item i WHERE i.package_id = p.id
                             ORDER BY i.requirement_item_id) AS item_quantities
                FROM aid_package p WHERE p.id = :id""")
                .param("id", id).params(Visibility.parameters(viewer))
                .query((rs, n) -> {
                    UUID[] itemIds = (UUID[]) rs.getArray("item_ids").getArray();
                    Object[] quantities = (Object[]) rs.getArray("item_quantities").getArray();
                    List<PackageItem> items = new ArrayList<>(itemIds.length);
                    for (int i = 0; i < itemIds.length; i++) {
                        items.add(new PackageItem(itemIds[i], ((Number) quantities[i]).longValue()));
                    }
                    return new Sighting(map(rs, items), rs.getBoolean("visible"));
                })
                .optional();
    }

    /** The package if the viewer may see it (see {@link Visibility#packagePredicate}). */
    Optional<AidPackage> find(UUID id, Viewer viewer) {
        return sight(id, viewer).filter(Sighting::visible).map(Sighting::pkg);
    }

    /** Those of these packages the viewer may see, in one statement. */
    List<UUID> visible(Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id FROM aid_package p WHERE p.id = ANY(:ids) AND " + Visibility.packagePredicate("p"))
                .param("ids", ids.toArray(UUID[]::new)).params(Visibility.parameters(viewer))
                .query(UUID.class).list();
    }

    /** Loads packages with their items in two statements. */
    List<AidPackage> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] idArray = ids.toArray(UUID[]::new);
        Map<UUID, List<PackageItem>> items = new HashMap<>();
        jdbc.sql("SELECT package_id, requirement_item_id, quantity FROM package_item WHERE package_id = ANY(:ids)"
                        + " ORDER BY requirement_item_id")
                .param("ids", idArray)
                .query((rs, n) -> items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new PackageItem(rs.getObject(2, UUID.class), rs.getLong(3))))
                .list();
        Map<UUID, AidPackage> byId = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, number, name, target_amount, target_currency, status, owner_id, disclosure, created_at, version
                FROM aid_package WHERE id = ANY(:ids)""")
                .param("ids", idArray)
                .query((rs, n) -> map(rs, items.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list().forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    List<UUID> page(PackageStatus status, Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT id FROM aid_package p WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                        + " AND " + Visibility.packagePredicate("p")
                        + " ORDER BY " + paging.orderBy() + ", number LIMIT :limit OFFSET :offset")
                .param("status", status == null ? null : status.name()).params(Visibility.parameters(viewer))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UUID.class).list();
    }

    /** A package waiting for a step: its id and status. */
    record Waiting(UUID id, PackageStatus status) {
    }

    /**
     * Every package the viewer may see that is in one of {@code owned} and belongs to {@code owner}, or in one of
     * {@code anyOwner}, newest first: ids and statuses only (the page's packages are loaded afterwards).
     */
    List<Waiting> waiting(Collection<PackageStatus> owned, UUID owner, Collection<PackageStatus> anyOwner,
            Viewer viewer) {
        return jdbc.sql("SELECT p.id, p.status FROM aid_package p WHERE ((p.owner_id = :owner AND p.status = ANY(:owned))"
                        + " OR p.status = ANY(:anyOwner)) AND " + Visibility.packagePredicate("p")
                        + " ORDER BY p.number DESC")
                .param("owner", owner)
                .param("owned", owned.stream().map(Enum::name).toArray(String[]::new))
                .param("anyOwner", anyOwner.stream().map(Enum::name).toArray(String[]::new))
                .params(Visibility.parameters(viewer))
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), PackageStatus.valueOf(rs.getString(2))))
                .list();
    }

    // a package is found by the words of its name, its number, the organisation that assembled it, or among the
    // packages the caller names (those a named nation funds)
    private static final String MATCHES = "(to_tsvector('simple', p.name) @@ to_tsquery('simple', :words)"
            + " OR p.number = CAST(:number AS integer) OR p.owner_id = ANY(:owners) OR p.id = ANY(:also))";

    List<UUID> search(org.palisade.platform.SearchWords words, Collection<UUID> owners, Collection<UUID> also,
            Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT p.id FROM aid_package p WHERE " + MATCHES + " AND " + Visibility.packagePredicate("p")
                        + " ORDER BY p.number DESC LIMIT :limit OFFSET :offset")
                .param("words", words.tsquery()).param("number", words.number())
                .param("owners", owners.toArray(UUID[]::new)).param("also", also.toArray(UUID[]::new))
                .params(Visibility.parameters(viewer))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UUID.class).list();
    }

    long countSearch(org.palisade.platform.SearchWords words, Collection<UUID> owners, Collection<UUID> also,
            Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM aid_package p WHERE " + MATCHES + " AND " + Visibility.packagePredicate("p"))
                .param("words", words.tsquery()).param("number", words.number())
                .param("owners", owners.toArray(UUID[]::new)).param("also", also.toArray(UUID[]::new))
                .params(Visibility.parameters(viewer))
                .query(Long.class).single();
    }

    long count(PackageStatus status, Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM aid_package p WHERE (CAST(:status AS text) IS NULL OR status = :status)"
                        + " AND " + Visibility.packagePredicate("p"))
                .param("status", status == null ? null : status.name()).params(Visibility.parameters(viewer))
                .query(Long.class).single();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM aid_package WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    private static AidPackage map(ResultSet rs, List<PackageItem> items) throws SQLException {
        CurrencyCode currency = CurrencyCode.of(rs.getString("target_currency"));
        return new AidPackage(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("name"),
                new Money(rs.getBigDecimal("target_amount"), currency), PackageStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_id", UUID.class), Disclosure.valueOf(rs.getString("disclosure")), items,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }
}
