package org.palisade.contributions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.NotConverted;
import org.palisade.platform.Paging;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of contributions. Every read takes the viewer and filters through {@link Visibility}. */
@Repository
class ContributionRepository {

    private static final String COLUMNS = """
            c.id, c.package_id, c.earmark, c.program, c.category, c.disclosure, c.announced_on, c.currency, c.stage, c.pledged_amount,
            c.pledged_on, c.committed_amount, c.committed_on, c.paid_amount, c.paid_on, c.created_at, c.version""";

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the stages if nobody changed the contribution since {@code expectedVersion}; false otherwise. */
    boolean updateStages(Contribution c, long expectedVersion) {
        return jdbc.sql("""
                UPDATE contribution SET stage = :stage, committed_amount = :committed, committed_on = :committedOn,
                       paid_amount = :paid, paid_on = :paidOn, version = version + 1
                WHERE id = :id AND version = :v""")
                .param("stage", c.stage().name())
                .param("committed", c.committed() == null ? null : c.committed().amount())
                .param("committedOn", c.committedOn())
                .param("paid", c.paid() == null ? null : c.paid().amount()).param("paidOn", c.paidOn())
                .param("id", c.id()).param("v", expectedVersion).update() == 1;
    }

    /** Corrects a pledge's amount and date if it is still a pledge nobody changed since {@code expectedVersion}. */
    boolean correctPledge(Contribution c, long expectedVersion) {
        return jdbc.sql("""
                UPDATE contribution SET pledged_amount = :amount, pledged_on = :on, version = version + 1
                WHERE id = :id AND version = :v AND stage = 'PLEDGED'""")
                .param("amount", c.pledged().amount()).param("on", c.pledgedOn())
                .param("id", c.id()).param("v", expectedVersion).update() == 1;
    }

    /** Marks a pledge withdrawn on that day if nobody changed it since {@code expectedVersion}; false otherwise. */
    boolean withdraw(Contribution c, LocalDate on, long expectedVersion) {
        return jdbc.sql("""
                UPDATE contribution SET stage = 'WITHDRAWN', withdrawn_on = :on, version = version + 1
                WHERE id = :id AND version = :v AND stage = 'PLEDGED'""")
                .param("on", on).param("id", c.id()).param("v", expectedVersion).update() == 1;
    }

    Optional<Contribution> find(UUID id, Viewer viewer) {
        return jdbc.sql("SELECT c.id FROM contribution c WHERE c.id = :id AND " + Visibility.contributionPredicate("c"))
                .param("id", id).params(Visibility.parameters(viewer))
                .query(UUID.class).optional().flatMap(found -> load(List.of(found)).stream().findFirst());
    }

    /** Those of these ids that the viewer may see. */
    List<UUID> visible(Collection<UUID> ids, Viewer viewer) {
        return jdbc.sql("SELECT c.id FROM contribution c WHERE c.id = ANY(:ids) AND "
                        + Visibility.contributionPredicate("c"))
                .param("ids", ids.toArray(UUID[]::new)).params(Visibility.parameters(viewer)).query(UUID.class).list();
    }

    /**
     * Filters of the contribution list; null means "any".
     *
     * @param anyOf contributions with at least one of these contributors (a search by name); null: any
     * @param from  announced on or after; {@code until} on or before
     */
    record Filter(UUID packageId, UUID contributor, ContributionStage stage, String earmark, String currency,
            java.time.LocalDate from, java.time.LocalDate until, Collection<UUID> anyOf) {

        Filter(UUID packageId, UUID contributor, ContributionStage stage) {
            this(packageId, contributor, stage, null, null, null, null, null);
        }
    }

    List<UUID> page(Filter f, Viewer viewer, Paging paging) {
        return jdbc.sql("SELECT c.id FROM contribution c WHERE " + where() + " AND " + Visibility.contributionPredicate("c")
                        // ties broken in the same direction, so that V26_1's indexes serve both directions
                        + " ORDER BY " + paging.orderBy("c.id") + " LIMIT :limit OFFSET :offset")
                .params(filterParams(f)).params(Visibility.parameters(viewer))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(UUID.class).list();
    }

    long count(Filter f, Viewer viewer) {
        return jdbc.sql("SELECT count(*) FROM contribution c WHERE " + where() + " AND " + Visibility.contributionPredicate("c"))
                .params(filterParams(f)).params(Visibility.parameters(viewer))
                .query(Long.class).single();
    }

    /** The packages with a contribution of one of these organisations the viewer may see (withdrawn ones aside). */
    List<UUID> packagesFundedBy(Collection<UUID> organisations, Viewer viewer) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT c.package_id FROM contribution c JOIN contribution_contributor cc"
                        + " ON cc.contribution_id = c.id WHERE cc.organisation_id = ANY(:orgs) AND c.package_id IS NOT NULL"
                        + " AND c.stage <> 'WITHDRAWN' AND " + Visibility.contributionPredicate("c"))
                .param("orgs", organisations.toArray(UUID[]::new)).params(Visibility.parameters(viewer))
                .query(UUID.class).list();
    }

    private static String where() {
        return """
                (CAST(:package AS uuid) IS NULL OR c.package_id = :package)
                AND (CAST(:stage AS text) IS NULL OR c.stage = :stage)
                AND (CAST(:contributor AS uuid) IS NULL OR EXISTS (SELECT 1 FROM contribution_contributor cc
                     WHERE cc.contribution_id = c.id AND cc.organisation_id = :contributor))
                AND (CAST(:earmark AS text) IS NULL OR c.earmark = :earmark)
                AND (CAST(:currency AS text) IS NULL OR c.currency = :currency)
                AND (CAST(:from AS date) IS NULL OR c.announced_on >= :from)
                AND (CAST(:until AS date) IS NULL OR c.announced_on <= :until)
                AND (NOT :anyOfGiven OR EXISTS (SELECT 1 FROM contribution_contributor ca
                     WHERE ca.contribution_id = c.id AND ca.organisation_id = ANY(:anyOf)))""";
    }

    private static Map<String, Object> filterParams(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("package", f.packageId());
        p.put("stage", f.stage() == null ? null : f.stage().name());
        p.put("contributor", f.contributor());
        p.put("earmark", f.earmark());
        p.put("currency", f.currency());
        p.put("from", f.from());
        p.put("until", f.until());
        p.put("anyOfGiven", f.anyOf() != null);
        p.put("anyOf", f.anyOf() == null ? new UUID[0] : f.anyOf().toArray(UUID[]::new));
        return p;
    }

    List<Contribution> forPackages(Collection<UUID> packageIds, Viewer viewer) {
        // a withdrawn pledge funds nothing
        List<UUID> ids = jdbc.sql("SELECT c.id FROM contribution c WHERE c.package_id = ANY(:ids)"
                        + " AND c.stage <> 'WITHDRAWN' AND " + Visibility.contributionPredicate("c"))
                .param("ids", packageIds.toArray(UUID[]::new)).params(Visibility.parameters(viewer))
                .query(UUID.class).list();
        return load(ids);
    }

    /**
     * One row of a package's funding at one stage: converted money the viewer may see, money the viewer may see
     * that waits for a rate ({@code waiting} set), or money hidden from the viewer ({@code visible} false, only
     * its existence told).
     */
    record PackageSum(UUID packageId, ContributionStage stage, boolean visible, Money converted, NotConverted waiting) {
    }

    /**
     * The packages' sums in their target currencies from the summary rows, plus what waits for a rate (few rows,
     * through the partial index of unconverted values): two small aggregates, whatever the number of
     * contributions.
     */
    List<PackageSum> packageSums(Map<UUID, CurrencyCode> targets, Viewer viewer) {
        UUID[] ids = targets.keySet().toArray(UUID[]::new);
        String[] currencies = targets.values().stream().map(CurrencyCode::code).toArray(String[]::new);
        return jdbc.sql("""
                WITH wanted AS (SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:targets AS char(3)[])) w (id, target)),
                sums AS (
                    SELECT f.package_id, f.stage, w.target, """ + Visibility.contributorsPredicate("f") + """
                            AS visible, sum(f.amount) AS amount, sum(f.contributions) AS contributions
                    FROM wanted w JOIN package_funding_total f ON f.package_id = w.id AND f.target = w.target
                    GROUP BY 1, 2, 3, 4),
                waits AS (
                    SELECT u.package_id, u.stage, u.currency, """ + Visibility.contributorsPredicate("u") + """
                            AS visible, sum(u.original) AS amount, count(*) AS contributions, min(u.stage_on) AS since
                    FROM wanted w JOIN package_funding_unconverted u ON u.package_id = w.id AND u.target = w.target
                    GROUP BY 1, 2, 3, 4)
                SELECT package_id, stage, visible, target AS currency, amount, contributions, NULL AS since, false AS waits
                FROM sums WHERE contributions > 0
                UNION ALL
                SELECT package_id, stage, visible, currency, amount, contributions, since, true FROM waits""")
                .params(Visibility.parameters(viewer)).param("ids", ids).param("targets", currencies)
                .query((rs, n) -> {
                    CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
                    Money amount = Money.of(rs.getBigDecimal("amount"), currency);
                    boolean waits = rs.getBoolean("waits");
                    return new PackageSum(rs.getObject("package_id", UUID.class),
                            ContributionStage.valueOf(rs.getString("stage")), rs.getBoolean("visible"),
                            waits ? null : amount,
                            waits ? new NotConverted(amount, rs.getInt("contributions"),
                                    rs.getObject("since", LocalDate.class)) : null);
                })
                .list();
    }

    Set<UUID> packagesWithHiddenContributions(Collection<UUID> packageIds, Viewer viewer) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT c.package_id FROM contribution c WHERE c.package_id = ANY(:ids)"
                        + " AND c.stage <> 'WITHDRAWN' AND NOT " + Visibility.contributionPredicate("c"))
                .param("ids", packageIds.toArray(UUID[]::new)).params(Visibility.parameters(viewer))
                .query(UUID.class).list());
    }

    /** Loads contributions with their contributors in two statements. */
    List<Contribution> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] idArray = ids.toArray(UUID[]::new);
        Map<UUID, List<UUID>> contributors = new HashMap<>();
        jdbc.sql("SELECT contribution_id, organisation_id FROM contribution_contributor WHERE contribution_id = ANY(:ids)"
                        + " ORDER BY position")
                .param("ids", idArray)
                .query((rs, n) -> contributors.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        Map<UUID, Contribution> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM contribution c WHERE c.id = ANY(:ids)")
                .param("ids", idArray)
                .query((rs, n) -> map(rs, contributors.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Contribution map(ResultSet rs, List<UUID> contributors) throws SQLException {
        CurrencyCode currency = CurrencyCode.of(rs.getString("currency"));
        String earmark = rs.getString("earmark");
        String category = rs.getString("category");
        return new Contribution(rs.getObject("id", UUID.class), contributors, rs.getObject("package_id", UUID.class),
                earmark == null ? null : CapabilityCategory.valueOf(earmark), Program.valueOf(rs.getString("program")),
                category == null ? null : CapabilityCategory.valueOf(category), Disclosure.valueOf(rs.getString("disclosure")),
                rs.getObject("announced_on", LocalDate.class), ContributionStage.valueOf(rs.getString("stage")),
                money(rs.getBigDecimal("pledged_amount"), currency), rs.getObject("pledged_on", LocalDate.class),
                money(rs.getBigDecimal("committed_amount"), currency), rs.getObject("committed_on", LocalDate.class),
                money(rs.getBigDecimal("paid_amount"), currency), rs.getObject("paid_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
