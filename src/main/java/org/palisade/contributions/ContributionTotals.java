package org.palisade.contributions;

import java.time.LocalDate;
import org.palisade.money.ExchangeRates;
import org.palisade.money.Money;
import org.palisade.money.RatesChanged;
import org.palisade.platform.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each stage of a contribution converted to EUR and USD, and the summary rows that figures add up
 * (tables {@code contribution_value} and {@code contribution_total}, published to reporting as the views
 * {@code contribution_summary} and {@code contribution_unconverted}), in step with the writing transaction:
 * figures then cost a bounded number of summary rows instead of a scan of every contribution.
 *
 * <p>Every change to a contribution's stages goes through {@link #record}; a recorded or imported rate
 * re-converts what it affects ({@link #reconvert}) before its transaction commits. For the public ledger, each
 * stage of public money is also stored with the keys its tables and lists filter by, its contributors' alliance
 * membership on the stage's date worked out once as it is written ({@code contribution_public_stage}, published
 * as {@code public_contribution_stage}), and added up per year and membership ({@code contribution_public_year})
 * and per day ({@code contribution_public_day}); a withdrawal or re-conversion moves money under the stored keys.
 */
@Component
class ContributionTotals {

    private final JdbcClient jdbc;
    private final ExchangeRates rates;

    ContributionTotals(JdbcClient jdbc, ExchangeRates rates) {
        this.jdbc = jdbc;
        this.rates = rates;
    }

    /**
     * Converts the amount the contribution reached at this stage and adds it to its summary rows: one lock
     * statement and one statement that inserts both values and upserts both totals in key order.
     */
    void record(Contribution c, ContributionStage stage) {
        Money amount = switch (stage) {
            case PLEDGED -> c.pledged();
            case COMMITTED -> c.committed();
            case PAID -> c.paid();
            case WITHDRAWN -> throw new IllegalArgumentException("a withdrawal is taken out, see withdraw()");
        };
        LocalDate on = switch (stage) {
            case PLEDGED -> c.pledgedOn();
            case COMMITTED -> c.committedOn();
            case PAID -> c.paidOn();
            case WITHDRAWN -> throw new IllegalArgumentException("a withdrawal is taken out, see withdraw()");
        };
        rates.holdSteady();
        jdbc.sql("WITH " + VALUES_AND_TOTALS).params(totalsParams(c, stage, amount, on)).update();
    }

    /**
     * Records a new pledge: its row, its contributors, its converted values and its summary rows, all in one
     * statement after the rates' lock (a pledge is the hottest write; each round trip to the database costs more
     * than the work it carries). The rows inserted by the earlier parts of the statement satisfy the foreign keys
     * of the later ones, which are checked at its end.
     */
    void recordPledge(Contribution c) {
        rates.holdSteady();
        jdbc.sql("""
                WITH c AS (
                    INSERT INTO contribution (id, package_id, owner_id, earmark, program, category, disclosure,
                                              announced_on, currency, stage, pledged_amount, pledged_on, created_at)
                    VALUES (:id, :package, :owner, :earmark, :program, :category, :disclosure, :announced, :currency,
                            'PLEDGED', :original, :on, :createdAt)
                    RETURNING id),
                cc AS (
                    INSERT INTO contribution_contributor (contribution_id, organisation_id, position)
                    SELECT c.id, u.organisation_id, u.position - 1
                    FROM c CROSS JOIN unnest(CAST(:contributors AS uuid[])) WITH ORDINALITY u (organisation_id, position)),
                """ + VALUES_AND_TOTALS)
                .param("owner", c.owner())
                .param("announced", c.announcedOn())
                .param("createdAt", java.time.OffsetDateTime.ofInstant(c.createdAt(), java.time.ZoneOffset.UTC))
                .params(totalsParams(c, ContributionStage.PLEDGED, c.pledged(), c.pledgedOn()))
                .update();
    }

    /**
     * Adds the converted amounts in {@code v} (target, amount) to the summary rows, {@code :count} contributions
     * (1 to add; -1 with negated amounts to take out), public money ({@code m}: its contributors' membership,
     * a row only when public) also to its year's and day's rows, package money to its package's. Each writer
     * adds to the slot of its own database connection ({@code writer_slot()}), not to one chosen by the
     * contribution: concurrent pledges of one kind then never wait on one summary row for each other's commit
     * (readers add the slots up, so it does not matter which slot took which share).
     */
    private static final String SUMS = """
            y AS (
                INSERT INTO contribution_public_year AS y (stage, target, year, program, nato, eu, slot, amount,
                                                           contributions)
                SELECT :stage, v.target, :onYear, :program, m.nato, m.eu, writer_slot(), v.amount, :count
                FROM v CROSS JOIN m WHERE v.amount IS NOT NULL ORDER BY v.target
                ON CONFLICT ON CONSTRAINT contribution_public_year_key DO UPDATE
                   SET amount = y.amount + EXCLUDED.amount, contributions = y.contributions + EXCLUDED.contributions),
            d AS (
                INSERT INTO contribution_public_day AS d (stage, target, day, slot, amount, contributions)
                SELECT :stage, v.target, :on, writer_slot(), v.amount, :count
                FROM v CROSS JOIN m WHERE v.amount IS NOT NULL ORDER BY v.target
                ON CONFLICT ON CONSTRAINT contribution_public_day_key DO UPDATE
                   SET amount = d.amount + EXCLUDED.amount, contributions = d.contributions + EXCLUDED.contributions),
            pf AS (
                INSERT INTO package_funding_total AS f (package_id, stage, target, disclosure, contributor_ids, slot,
                                                        amount, contributions)
                SELECT CAST(:package AS uuid), :stage, v.target, :disclosure,
                       package_funding_contributors(:disclosure, :contributors), writer_slot(), v.amount, :count
                FROM v WHERE v.amount IS NOT NULL AND CAST(:package AS uuid) IS NOT NULL ORDER BY v.target
                ON CONFLICT (package_id, stage, target, disclosure, contributor_ids, slot) DO UPDATE
                   SET amount = f.amount + EXCLUDED.amount, contributions = f.contributions + EXCLUDED.contributions)
            INSERT INTO contribution_total AS t (stage, target, year, program, earmark, category, contributor_ids,
                                                 disclosure, slot, amount, contributions)
            SELECT :stage, v.target, :year, :program, :earmark, :category, :contributors, :disclosure,
                   writer_slot(), v.amount, :count
            FROM v WHERE v.amount IS NOT NULL ORDER BY v.target
            ON CONFLICT ON CONSTRAINT contribution_total_key DO UPDATE
               SET amount = t.amount + EXCLUDED.amount, contributions = t.contributions + EXCLUDED.contributions""";

    /**
     * Inserts a stage's converted values (EUR and USD, with the rates used) and public money's stored stage, then
     * adds them to the summary rows ({@link #SUMS}); the statement's tail after a {@code WITH}.
     */
    private static final String VALUES_AND_TOTALS = """
            v AS (
                INSERT INTO contribution_value (contribution_id, stage, target, currency, original, stage_on,
                                                amount, source_per_eur, target_per_eur)
                SELECT :id, :stage, t.target, :currency, :original, :on,
                       CASE WHEN t.target = :currency THEN :original
                            ELSE converted_amount(:original, s.rate, r.rate, 2) END,
                       CASE WHEN t.target = :currency THEN NULL ELSE s.rate END,
                       CASE WHEN t.target = :currency THEN NULL ELSE r.rate END
                FROM (VALUES ('EUR'), ('USD')) t (target)
                CROSS JOIN units_per_eur(:currency, :on) s (rate)
                CROSS JOIN LATERAL units_per_eur(t.target, :on) r (rate)
                RETURNING target, amount),
            m AS (
                SELECT a.nato, a.eu FROM alliance_memberships(:contributors, :on) a WHERE :disclosure = 'PUBLIC'),
            ps AS (
                INSERT INTO contribution_public_stage (contribution_id, stage, stage_on, package_id, program, category,
                                                       contributor_ids, currency, original, amount_eur, amount_usd, nato, eu)
                SELECT :id, :stage, :on, CAST(:package AS uuid), :program,
                       CAST(coalesce(:category, :earmark) AS varchar), :contributors, :currency,
                       :original, (SELECT v.amount FROM v WHERE v.target = 'EUR'),
                       (SELECT v.amount FROM v WHERE v.target = 'USD'), m.nato, m.eu
                FROM m),
            """ + SUMS;

    private static java.util.Map<String, Object> totalsParams(Contribution c, ContributionStage stage, Money amount,
            LocalDate on) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", c.id());
        p.put("stage", stage.name());
        p.put("currency", amount.currency().code());
        p.put("original", amount.amount());
        p.put("on", on);
        p.put("onYear", on.getYear());
        p.put("package", c.packageId());
        p.put("year", c.announcedOn().getYear());
        p.put("earmark", c.earmark() == null ? null : c.earmark().name());
        p.put("program", c.program().name());
        p.put("category", c.category() == null ? null : c.category().name());
        p.put("contributors", c.contributors().toArray(java.util.UUID[]::new));
        p.put("disclosure", c.disclosure().name());
        p.put("count", 1);
        return p;
    }

    /**
     * Takes a withdrawn pledge out of the summary rows: its converted values are deleted and subtracted from
     * the totals they were added to, in one statement (a pledge has only its pledged stage to take out).
     */
    void withdraw(Contribution c) {
        rates.holdSteady();
        java.util.Map<String, Object> params = totalsParams(c, ContributionStage.PLEDGED, c.pledged(), c.pledgedOn());
        params.put("count", -1);
        // the public keys are those stored with the stage (the membership it was counted under)
        jdbc.sql("""
                WITH gone AS (
                    DELETE FROM contribution_value WHERE contribution_id = :id AND stage = 'PLEDGED'
                    RETURNING target, amount),
                v AS (SELECT target, -amount AS amount FROM gone),
                ps AS (
                    DELETE FROM contribution_public_stage WHERE contribution_id = :id AND stage = 'PLEDGED'
                    RETURNING nato, eu),
                m AS (SELECT nato, eu FROM ps),
                """ + SUMS)
                .params(params)
                .update();
    }

    /**
     * A membership was recorded: the public daily rows count money by its contributors' membership on each
     * stage's date, which may now read otherwise; they are worked out afresh.
     */
    @EventListener
    void membershipChanged(RecordChanged changed) {
        if ("organisation".equals(changed.recordType()) && changed.action().startsWith("membership")) {
            rates.holdSteady();
            jdbc.sql("SELECT rebuild_contribution_public_days()").query(Long.class).single();
        }
    }

    /** A rate was recorded or imported: convert again what was converted (or left unconverted) at its dates. */
    @EventListener
    void reconvert(RatesChanged changed) {
        jdbc.sql("SELECT reconvert_contribution_values(:currency, :from, :until)")
                .param("currency", changed.currency().code()).param("from", changed.from())
                .param("until", changed.until())
                .query(Long.class).single();
        // the packages whose money that touched have their sums worked out afresh (no pledge writes meanwhile:
        // the rate's recording holds the rates' lock)
        jdbc.sql("SELECT rebuild_package_funding(packages_funded_in(:currency, :from, :until))")
                .param("currency", changed.currency().code()).param("from", changed.from())
                .param("until", changed.until())
                .query(Long.class).single();
    }
}
