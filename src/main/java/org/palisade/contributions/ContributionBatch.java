package org.palisade.contributions;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.palisade.money.CurrencyCode;
import org.palisade.money.ExchangeRates;
import org.palisade.money.MissingRate;
import org.palisade.money.Money;
import org.palisade.money.RateTable;
import org.palisade.platform.TimeOrderedIds;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.security.Disclosure;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records many contributions of the general pool at once, for an import of a spreadsheet. What each row becomes
 * is worked out here in one pass (its contributors; each stage reached, converted to EUR and USD at its date by
 * {@link RateTable}; public money's stored stage with its contributors' NATO and EU membership that day) and
 * copied straight into its table with PostgreSQL's COPY, chunk by chunk: no temporary copy of the rows, no
 * statement per row. The summary rows that figures add up are summed here once per key for the whole import
 * ({@link BatchSums}) and added with one upsert per summary table. They end as {@link ContributionTotals} would
 * have left them after a pledge per row: the same conversion rule, the same keys.
 *
 * <p>The caller owns the transaction (all rows or none), decides who may import, and writes the one audit
 * entry of the import.
 */
@Component
public class ContributionBatch {

    /** Rows copied per chunk; progress is told after each. */
    static final int CHUNK = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContributionBatch.class);
    static final List<CurrencyCode> TARGETS = List.of(CurrencyCode.EUR, CurrencyCode.USD);
    private static final List<ContributionStage> STAGES = List.of(ContributionStage.PLEDGED,
            ContributionStage.COMMITTED, ContributionStage.PAID);
    private static final String CONTRIBUTION = """
            COPY contribution (id, owner_id, program, category, disclosure, announced_on, currency, stage, pledged_amount,
                               pledged_on, committed_amount, committed_on, paid_amount, paid_on, created_at, import_id)
            FROM STDIN (FORMAT csv)""";
    private static final String CONTRIBUTOR = """
            COPY contribution_contributor (contribution_id, organisation_id, position) FROM STDIN (FORMAT csv)""";
    private static final String VALUE = """
            COPY contribution_value (contribution_id, stage, target, currency, original, stage_on, amount, source_per_eur,
                                     target_per_eur)
            FROM STDIN (FORMAT csv)""";
    private static final String PUBLIC_STAGE = """
            COPY contribution_public_stage (contribution_id, stage, stage_on, program, category, contributor_ids, currency,
                                            original, amount_eur, amount_usd, nato, eu)
            FROM STDIN (FORMAT csv)""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ExchangeRates rates;
    private final Clock clock;

    ContributionBatch(JdbcClient jdbc, DataSource dataSource, ExchangeRates rates, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * One contribution of the general pool as a spreadsheet row gives it: the stage it reached and the date of
     * that stage. The earlier stages are taken to have been reached with the same amount on the same date
     * (money paid was pledged and committed at the latest then), so a paid row counts in the pledged,
     * committed and paid figures alike.
     *
     * @param contributors organisation ids, the lead first
     * @param program      PURL when null
     * @param category     the pool money's capability category (it has no earmark: it funds no package), or null
     */
    public record Line(List<UUID> contributors, Money amount, ContributionStage stage, LocalDate on, Program program,
            CapabilityCategory category, Disclosure disclosure) {

        public Line {
            contributors = List.copyOf(contributors);
            program = program == null ? Program.PURL : program;
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(disclosure, "disclosure");
            if (stage == null || stage == ContributionStage.WITHDRAWN) {
                throw new IllegalArgumentException("an imported contribution is pledged, committed or paid");
            }
        }
    }

    /**
     * Writes the lines as contributions of the import {@code importId} (null: of no import), in the caller's
     * transaction.
     *
     * @param written told the number of rows written so far, after each chunk
     * @return the ids given to the contributions, in the order of the lines
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> record(UUID importId, List<Line> lines, Instant at, IntConsumer written) {
        // no rate may change while these stages are converted with it (see ExchangeRates)
        rates.holdSteady();
        long[] mark = {System.nanoTime()};
        java.util.function.Consumer<String> step = what -> {
            long now = System.nanoTime();
            log.debug("batch of {} rows: {} took {} ms", lines.size(), what, (now - mark[0]) / 1_000_000);
            mark[0] = now;
        };
        // written in date order with ascending ids: each index then grows at a few places (by date, by id), not
        // at a random page per row
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.comparing(i -> lines.get(i).on()));
        List<UUID> ascending = TimeOrderedIds.batch(lines.size(), clock);
        UUID[] ids = new UUID[lines.size()];
        for (int k = 0; k < order.length; k++) {
            ids[order[k]] = ascending.get(k);
        }
        Set<CurrencyCode> currencies = new HashSet<>(TARGETS);
        lines.forEach(l -> currencies.add(l.amount().currency()));
        RateTable table = rates.table(currencies);
        Map<Members, String[]> membership = membership(lines);
        step.accept("membership of " + membership.size() + " sets of contributors and days");
        BatchSums sums = new BatchSums();
        String createdAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder contributions = new StringBuilder(CHUNK * 220);
            StringBuilder contributors = new StringBuilder(CHUNK * 90);
            StringBuilder values = new StringBuilder(CHUNK * 500);
            StringBuilder publicStages = new StringBuilder(CHUNK * 250);
            // time spent in each table's COPY, and (last) in working the rows out here
            long[] copying = new long[5];
            long began = System.nanoTime();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(order[i]);
                UUID id = ascending.get(i);
                contribution(contributions, id, line, createdAt, importId);
                for (int c = 0; c < line.contributors().size(); c++) {
                    contributors.append(id).append(',').append(line.contributors().get(c)).append(',').append(c)
                            .append('\n');
                }
                stages(values, publicStages, sums, table, membership, id, line);
                if ((i + 1) % CHUNK == 0 || i == lines.size() - 1) {
                    long t0 = System.nanoTime();
                    copy.copyIn(CONTRIBUTION, new StringReader(contributions.toString()));
                    long t1 = System.nanoTime();
                    copy.copyIn(CONTRIBUTOR, new StringReader(contributors.toString()));
                    long t2 = System.nanoTime();
                    copy.copyIn(VALUE, new StringReader(values.toString()));
                    long t3 = System.nanoTime();
                    if (!publicStages.isEmpty()) {
                        copy.copyIn(PUBLIC_STAGE, new StringReader(publicStages.toString()));
                    }
                    long t4 = System.nanoTime();
                    copying[0] += t1 - t0;
                    copying[1] += t2 - t1;
                    copying[2] += t3 - t2;
                    copying[3] += t4 - t3;
                    copying[4] -= t4 - t0;
                    contributions.setLength(0);
                    contributors.setLength(0);
                    values.setLength(0);
                    publicStages.setLength(0);
                    written.accept(i + 1);
                }
            }
            copying[4] += System.nanoTime() - began;
            step.accept("rows worked out and copied");
            log.debug("batch of {} rows: COPY contribution {} ms, contribution_contributor {} ms, contribution_value {} ms,"
                    + " contribution_public_stage {} ms; working the rows out in Java {} ms", lines.size(),
                    copying[0] / 1_000_000, copying[1] / 1_000_000, copying[2] / 1_000_000, copying[3] / 1_000_000,
                    copying[4] / 1_000_000);
            sums.write(jdbc, copy);
            step.accept("summary rows (" + sums.size() + " keys)");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying the imported rows failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return List.of(ids);
    }

    /** The contribution's row: the stages before the one reached have the same amount and date. */
    private static void contribution(StringBuilder out, UUID id, Line line, String createdAt, UUID importId) {
        String amount = line.amount().amount().toPlainString();
        String on = line.on().toString();
        boolean committed = line.stage() != ContributionStage.PLEDGED;
        boolean paid = line.stage() == ContributionStage.PAID;
        out.append(id).append(',').append(line.contributors().get(0)).append(',').append(line.program().name())
                .append(',').append(line.category() == null ? "" : line.category().name()).append(',')
                .append(line.disclosure().name()).append(',').append(on).append(',')
                .append(line.amount().currency().code()).append(',').append(line.stage().name()).append(',')
                .append(amount).append(',').append(on).append(',')
                .append(committed ? amount : "").append(',').append(committed ? on : "").append(',')
                .append(paid ? amount : "").append(',').append(paid ? on : "").append(',')
                .append(createdAt).append(',').append(importId == null ? "" : importId.toString()).append('\n');
    }

    /**
     * Each stage the line reached, converted to EUR and USD at its date by the same rule as the SQL conversion
     * (RateTable's, which V10's converted_amount follows), with the rates used; public money's stored stage
     * beside it; and what it adds to the summary rows.
     */
    private static void stages(StringBuilder values, StringBuilder publicStages, BatchSums sums, RateTable table,
            Map<Members, String[]> membership, UUID id, Line line) {
        CurrencyCode currency = line.amount().currency();
        String original = line.amount().amount().toPlainString();
        BigDecimal[] amounts = new BigDecimal[TARGETS.size()];
        String[] rateColumns = new String[TARGETS.size()];
        for (int t = 0; t < TARGETS.size(); t++) {
            CurrencyCode target = TARGETS.get(t);
            boolean same = currency.equals(target);
            BigDecimal source = same ? null : perEur(table, currency, line.on());
            BigDecimal goal = same ? null : perEur(table, target, line.on());
            amounts[t] = same ? line.amount().amount() : source == null || goal == null ? null
                    : table.convert(line.amount(), target, line.on()).amount();
            rateColumns[t] = (amounts[t] == null ? "" : amounts[t].toPlainString()) + ','
                    + (source == null ? "" : source.toPlainString()) + ',' + (goal == null ? "" : goal.toPlainString());
        }
        boolean isPublic = line.disclosure() == Disclosure.PUBLIC;
        String[] members = isPublic ? membership.get(new Members(line.contributors(), line.on())) : null;
        for (ContributionStage stage : STAGES) {
            if (stage.ordinal() > line.stage().ordinal()) {
                break;
            }
            for (int t = 0; t < TARGETS.size(); t++) {
                values.append(id).append(',').append(stage.name()).append(',').append(TARGETS.get(t).code())
                        .append(',').append(currency.code()).append(',').append(original).append(',')
                        .append(line.on()).append(',').append(rateColumns[t]).append('\n');
                if (amounts[t] != null) {
                    sums.add(stage, TARGETS.get(t), line, members, amounts[t]);
                }
            }
            if (isPublic) {
                publicStages.append(id).append(',').append(stage.name()).append(',').append(line.on()).append(',')
                        .append(line.program().name()).append(',')
                        .append(line.category() == null ? "" : line.category().name()).append(',')
                        .append(array(line.contributors())).append(',').append(currency.code()).append(',')
                        .append(original).append(',')
                        .append(amounts[0] == null ? "" : amounts[0].toPlainString()).append(',')
                        .append(amounts[1] == null ? "" : amounts[1].toPlainString()).append(',')
                        .append(members[0]).append(',').append(members[1]).append('\n');
            }
        }
    }

    /** A uuid[] as a COPY CSV field: quoted, since it holds commas. */
    static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "\"{", "}\""));
    }

    /** A set of contributors on a day: the key of their membership. */
    private record Members(List<UUID> contributors, LocalDate on) {
    }

    /**
     * NATO and EU membership (ALL, SOME or NONE) of each set of public contributors on each day the lines name:
     * one statement for the distinct pairs (a few thousand), by the function every pledge uses.
     */
    private Map<Members, String[]> membership(List<Line> lines) {
        Set<Members> keys = new LinkedHashSet<>();
        for (Line l : lines) {
            if (l.disclosure() == Disclosure.PUBLIC) {
                keys.add(new Members(l.contributors(), l.on()));
            }
        }
        Map<Members, String[]> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String[] sets = keys.stream().map(k -> k.contributors().stream().map(UUID::toString)
                .collect(Collectors.joining(","))).toArray(String[]::new);
        String[] days = keys.stream().map(k -> k.on().toString()).toArray(String[]::new);
        jdbc.sql("""
                SELECT k.ids, k.day, m.nato, m.eu
                FROM unnest(CAST(:sets AS text[]), CAST(:days AS date[])) k (ids, day)
                CROSS JOIN LATERAL alliance_memberships(CAST(string_to_array(k.ids, ',') AS uuid[]), k.day) m""")
                .param("sets", sets).param("days", days)
                .query((rs, n) -> found.put(new Members(Arrays.stream(rs.getString("ids").split(","))
                        .map(UUID::fromString).toList(), rs.getObject("day", LocalDate.class)),
                        new String[] {rs.getString("nato"), rs.getString("eu")}))
                .list();
        if (found.size() != keys.size()) {
            throw new IllegalStateException("membership found for " + found.size() + " of " + keys.size() + " keys");
        }
        return found;
    }

    /** Units of the currency per euro on the date (1 for EUR), or null when no rate is known on or before it. */
    private static BigDecimal perEur(RateTable table, CurrencyCode currency, LocalDate on) {
        try {
            return table.unitsPerEur(currency, on);
        } catch (MissingRate e) {
            return null;
        }
    }
}
