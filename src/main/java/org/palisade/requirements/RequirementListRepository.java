package org.palisade.requirements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.platform.Conflict;
import org.palisade.platform.Paging;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of requirement lists: a version row, its items and its approvals, loaded in three statements. */
@Repository
class RequirementListRepository {

    private static final String LIST_COLUMNS = """
            l.id, l.number, l.status, l.owner_id, l.disclosure, l.based_on_id, l.created_at, l.updated_at,
            l.submitted_at, l.approved_at, l.version""";
    private static final String ITEM_COLUMNS = """
            i.id, i.list_id, l.number, l.status, i.lineage, i.category, i.description, i.quantity, i.unit,
            i.unit_cost_amount, i.unit_cost_currency, i.rank, i.needed_by, i.catalogue_entry_id""";

    private final JdbcClient jdbc;

    RequirementListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RequirementList> find(UUID id) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM requirement_list l WHERE l.id = :id")
                .param("id", id).query(ListRow::of).optional().map(this::complete);
    }

    /**
     * Loads a version and locks its row until the transaction ends: changes to one version happen one after
     * the other, and each sees the state the previous one left.
     */
    Optional<RequirementList> findForChange(UUID id) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM requirement_list l WHERE l.id = :id FOR UPDATE")
                .param("id", id).query(ListRow::of).optional().map(this::complete);
    }

    /** The version being worked on (draft or submitted), locked like {@link #findForChange}. */
    Optional<RequirementList> findOpen(boolean lock) {
        return findOneWhere("l.status IN ('DRAFT', 'SUBMITTED')", lock);
    }

    /** The version in force, if any. */
    Optional<RequirementList> findApproved(boolean lock) {
        return findOneWhere("l.status = 'APPROVED'", lock);
    }

    /**
     * Serialises the start of new versions until the transaction ends (a transaction-scoped advisory lock, so
     * nothing else waits): two concurrent starts would otherwise both see no open draft.
     */
    void lockVersionNumbering() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('requirement_list:numbering'))")
                .query((rs, n) -> Boolean.TRUE).list();
    }

    int nextNumber() {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM requirement_list").query(Integer.class).single();
    }

    /** A page of the versions the viewer may read. */
    List<ListSummary> page(Paging paging, Viewer viewer) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + """
                , (SELECT count(*) FROM requirement_item i WHERE i.list_id = l.id) AS item_count
                FROM requirement_list l WHERE """ + " " + Visibility.ownedRecordPredicate("l")
                        + " ORDER BY " + paging.orderBy() + ", l.id LIMIT :limit OFFSET :offset")
                .params(Visibility.parameters(viewer))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> {
                    ListRow row = ListRow.of(rs, n);
                    return new ListSummary(row.id, row.number, row.status, row.ownerId, row.disclosure, row.basedOnId,
                            rs.getInt("item_count"), row.createdAt, row.updatedAt, row.approvedAt, row.version);
                }).list();
    }

    long count(Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM requirement_list l WHERE " + Visibility.ownedRecordPredicate("l"))
                .params(Visibility.parameters(viewer)).query(Long.class).single();
    }

    /**
     * Locks the given items in id order (two allocations never wait on each other in opposite orders) and shares
     * a lock on their lists, so no list changes status while a package is drawing from it.
     */
    List<RequirementItem> lockItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ITEM_COLUMNS + """
                 FROM requirement_item i JOIN requirement_list l ON l.id = i.list_id
                WHERE i.id = ANY(:ids) ORDER BY i.id FOR UPDATE OF i FOR SHARE OF l""")
                .param("ids", itemIds.toArray(UUID[]::new))
                .query(RequirementListRepository::item).list();
    }

    private static final String ITEM_MATCHES = " FROM requirement_item i JOIN requirement_list l ON l.id = i.list_id"
            + " WHERE l.status <> 'SUPERSEDED'"
            + " AND to_tsvector('simple', i.description) @@ to_tsquery('simple', :words) AND ";

    List<RequirementItem> searchItems(org.palisade.platform.SearchWords words, Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + ITEM_MATCHES + Visibility.ownedRecordPredicate("l")
                        + " ORDER BY l.number DESC, i.rank LIMIT :limit OFFSET :offset")
                .param("words", words.tsquery()).params(Visibility.parameters(viewer))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(RequirementListRepository::item).list();
    }

    long countItems(org.palisade.platform.SearchWords words, Viewer viewer) {
        return jdbc.sql("SELECT count(*)" + ITEM_MATCHES + Visibility.ownedRecordPredicate("l"))
                .param("words", words.tsquery()).params(Visibility.parameters(viewer))
                .query(Long.class).single();
    }

    /** Items by id, without locking: for pages that show what packages hold. */
    List<RequirementItem> findItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ITEM_COLUMNS + """
                 FROM requirement_item i JOIN requirement_list l ON l.id = i.list_id
                WHERE i.id = ANY(:ids)""")
                .param("ids", itemIds.toArray(UUID[]::new))
                .query(RequirementListRepository::item).list();
    }

    void insert(RequirementList list) {
        jdbc.sql("""
                INSERT INTO requirement_list (id, number, status, owner_id, disclosure, based_on_id, created_at,
                    updated_at, submitted_at, approved_at, version)
                VALUES (:id, :number, :status, :owner, :disclosure, :basedOn, :created, :updated, :submitted,
                    :approved, 0)""")
                .param("id", list.id())
                .param("number", list.number())
                .param("status", list.status().name())
                .param("owner", list.ownerId())
                .param("disclosure", list.disclosure().name())
                .param("basedOn", list.basedOnId())
                .param("created", timestamp(list.createdAt()))
                .param("updated", timestamp(list.updatedAt()))
                .param("submitted", timestamp(list.submittedAt()))
                .param("approved", timestamp(list.approvedAt()))
                .update();
        list.items().forEach(this::upsertItem);
        list.approvals().forEach(a -> insertApproval(list.id(), a));
    }

    /**
     * Stores {@code after} over {@code before} if nobody changed the version in between (optimistic locking);
     * writes only the items and approvals that differ. Returns {@code after} with its new version.
     */
    RequirementList update(RequirementList before, RequirementList after) {
        int updated = jdbc.sql("""
                UPDATE requirement_list
                   SET status = :status, updated_at = :updated, submitted_at = :submitted, approved_at = :approved,
                       version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("id", after.id())
                .param("version", before.version())
                .param("status", after.status().name())
                .param("updated", timestamp(after.updatedAt()))
                .param("submitted", timestamp(after.submittedAt()))
                .param("approved", timestamp(after.approvedAt()))
                .update();
        if (updated != 1) {
            throw Conflict.staleVersion("requirement list", before.number(), before.version());
        }
        Map<UUID, RequirementItem> old = before.items().stream()
                .collect(Collectors.toMap(RequirementItem::id, Function.identity()));
        jdbc.sql("DELETE FROM requirement_item WHERE list_id = :list AND id <> ALL(:keep)")
                .param("list", after.id())
                .param("keep", after.items().stream().map(RequirementItem::id).toArray(UUID[]::new))
                .update();
        // items carry their list's status: compare content only, or a status change would rewrite every item
        after.items().stream()
                .filter(i -> !Objects.equals(old.get(i.id()) == null ? null
                        : old.get(i.id()).inList(i.listId(), i.listNumber(), i.listStatus()), i))
                .forEach(this::upsertItem);
        if (!before.approvals().equals(after.approvals())) {
            jdbc.sql("DELETE FROM requirement_list_approval WHERE list_id = :list").param("list", after.id()).update();
            after.approvals().forEach(a -> insertApproval(after.id(), a));
        }
        return after.withVersion(before.version() + 1);
    }

    private void upsertItem(RequirementItem i) {
        jdbc.sql("""
                INSERT INTO requirement_item (id, list_id, lineage, category, description, quantity, unit,
                    unit_cost_amount, unit_cost_currency, rank, needed_by, catalogue_entry_id)
                VALUES (:id, :list, :lineage, :category, :description, :quantity, :unit, :amount, :currency, :rank,
                    :neededBy, :catalogueEntry)
                ON CONFLICT (id) DO UPDATE SET category = excluded.category, description = excluded.description,
                    quantity = excluded.quantity, unit = excluded.unit, unit_cost_amount = excluded.unit_cost_amount,
                    unit_cost_currency = excluded.unit_cost_currency, rank = excluded.rank,
                    needed_by = excluded.needed_by, catalogue_entry_id = excluded.catalogue_entry_id""")
                .param("id", i.id())
                .param("list", i.listId())
                .param("lineage", i.lineage())
                .param("category", i.category().name())
                .param("description", i.description())
                .param("quantity", i.quantity().value())
                .param("unit", i.quantity().unit())
                .param("amount", i.unitCost().amount())
                .param("currency", i.unitCost().currency().code())
                .param("rank", i.rank())
                .param("neededBy", i.neededBy())
                .param("catalogueEntry", i.catalogueEntry())
                .update();
    }

    /** Whether the systems catalogue (table {@code catalogue_entry}, sustainment's) holds this entry. */
    boolean catalogued(UUID entry) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalogue_entry WHERE id = :id)").param("id", entry)
                .query(Boolean.class).single();
    }

    private void insertApproval(UUID listId, Approval a) {
        jdbc.sql("""
                INSERT INTO requirement_list_approval (list_id, party, organisation_id, approved_by, approved_at)
                VALUES (:list, :party, :org, :by, :at)""")
                .param("list", listId)
                .param("party", a.party().name())
                .param("org", a.organisationId())
                .param("by", a.approvedBy())
                .param("at", timestamp(a.approvedAt()))
                .update();
    }

    private Optional<RequirementList> findOneWhere(String condition, boolean lock) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM requirement_list l WHERE " + condition
                        + " ORDER BY l.number DESC LIMIT 1" + (lock ? " FOR UPDATE" : ""))
                .query(ListRow::of).optional().map(this::complete);
    }

    private RequirementList complete(ListRow row) {
        List<RequirementItem> items = jdbc.sql("SELECT " + ITEM_COLUMNS
                        + " FROM requirement_item i JOIN requirement_list l ON l.id = i.list_id"
                        + " WHERE i.list_id = :list ORDER BY i.rank")
                .param("list", row.id).query(RequirementListRepository::item).list();
        List<Approval> approvals = jdbc.sql("""
                SELECT party, organisation_id, approved_by, approved_at FROM requirement_list_approval
                WHERE list_id = :list""")
                .param("list", row.id)
                .query((rs, n) -> new Approval(Party.valueOf(rs.getString("party")),
                        rs.getObject("organisation_id", UUID.class), rs.getString("approved_by"),
                        instant(rs, "approved_at")))
                .list();
        return new RequirementList(row.id, row.number, row.status, row.ownerId, row.disclosure, row.basedOnId, items,
                approvals, row.createdAt, row.updatedAt, row.submittedAt, row.approvedAt, row.version);
    }

    private static RequirementItem item(ResultSet rs, int n) throws SQLException {
        return new RequirementItem(rs.getObject("id", UUID.class), rs.getObject("list_id", UUID.class),
                rs.getInt("number"), ListStatus.valueOf(rs.getString("status")), rs.getObject("lineage", UUID.class),
                CapabilityCategory.valueOf(rs.getString("category")), rs.getString("description"),
                new Quantity(rs.getLong("quantity"), rs.getString("unit")),
                new Money(rs.getBigDecimal("unit_cost_amount"),
                        CurrencyCode.of(rs.getString("unit_cost_currency"))),
                rs.getInt("rank"), rs.getObject("needed_by", LocalDate.class),
                rs.getObject("catalogue_entry_id", UUID.class));
    }

    // timestamptz is bound and read as an offset date-time: no dependence on the JVM's default time zone
    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private record ListRow(UUID id, int number, ListStatus status, UUID ownerId, Disclosure disclosure, UUID basedOnId,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant approvedAt, long version) {

        static ListRow of(ResultSet rs, int n) throws SQLException {
            return new ListRow(rs.getObject("id", UUID.class), rs.getInt("number"),
                    ListStatus.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class),
                    Disclosure.valueOf(rs.getString("disclosure")), rs.getObject("based_on_id", UUID.class),
                    instant(rs, "created_at"), instant(rs, "updated_at"),
                    instant(rs, "submitted_at"), instant(rs, "approved_at"), rs.getLong("version"));
        }
    }
}
