package org.palisade.sources;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.palisade.money.Money;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.TimeOrderedIds;
import org.palisade.platform.Violation;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sources and claims of many new contributions at once, for an import of a spreadsheet: each
 * distinct source once (the same title, outlet, address, publication date and disclosure is one source, checked
 * by the rules of {@link Sources}), and a claim of its source about each contribution, copied with PostgreSQL's
 * COPY instead of a use case call per row. A new contribution has no claim yet, so each claim is the one its
 * contribution uses, chosen by the importer, and no two claims about one contribution can disagree: no conflict
 * is looked for. The import's own audit entry stands for its sources and claims (it names the file by its
 * digest, and each claim's evidence names its row and import); they get no entry of their own.
 */
@Component
public class ClaimBatch {

    static final int CHUNK = 10_000;
    private static final String SOURCE = """
            COPY source (id, kind, outlet, title, url, published_on, language, excerpt, disclosure, owner_id, created_at,
                         created_by)
            FROM STDIN (FORMAT csv)""";
    private static final String CLAIM = """
            COPY claim (id, contribution_id, source_id, contributor_codes, amount, currency, bound, claimed_on,
                        date_precision, program, evidence, used, chosen_by, chosen_at, created_at, created_by)
            FROM STDIN (FORMAT csv)""";

    private final Sources sources;
    private final AccessPolicy access;
    private final CurrentViewer current;
    private final DataSource dataSource;
    private final Clock clock;

    ClaimBatch(Sources sources, AccessPolicy access, CurrentViewer current, DataSource dataSource, Clock clock) {
        this.sources = sources;
        this.access = access;
        this.current = current;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * What a row's source says about the contribution the row became.
     *
     * @param row          where the claim comes from; its problems are placed at {@code rows[row].<field>}, the
     *                     field as {@link Sources} and {@link Claims} name it ({@code outlet}, {@code title}, ...)
     * @param contributors the codes the source names (ISO codes, EU, NATO)
     */
    public record Sourced(int row, UUID contributionId, SourceDraft source, List<String> contributors, Money amount,
            LocalDate date, ClaimProgram program, String evidence) {
    }

    /** How many sources and claims were recorded. */
    public record Recorded(int sources, int claims) {
    }

    /**
     * Records the sources and claims, in the caller's transaction.
     *
     * @param written told the number of claims written so far, after each chunk
     * @throws InvalidRequest naming the row and field of each problem, when a source or claim breaks a rule
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(List<Sourced> claims, IntConsumer written) {
        if (claims.isEmpty()) {
            return new Recorded(0, 0);
        }
        access.require(SourcePermissions.toRecordSource(), Target.newRecord(Sources.RECORD_TYPE, current.organisationId()));
        access.require(SourcePermissions.toDecide("record claims about imported contributions"),
                Target.newRecord(Claims.RECORD_TYPE, current.organisationId()));
        // each distinct draft checked once; drafts equal once checked (spaces stripped) are one source
        Map<SourceDraft, Source> checked = new HashMap<>();
        Map<List<Object>, Source> distinct = new LinkedHashMap<>();
        Map<SourceDraft, UUID> sourceOf = new HashMap<>();
        List<Violation> problems = new ArrayList<>();
        List<String> evidence = new ArrayList<>(claims.size());
        for (Sourced c : claims) {
            Source source = checked.get(c.source());
            if (source == null && !checked.containsKey(c.source())) {
                try {
                    source = sources.checked(c.source(), new Violations());
                } catch (InvalidRequest refused) {
                    placed(refused, c.row(), problems);
                }
                checked.put(c.source(), source);
            }
            if (source != null && !sourceOf.containsKey(c.source())) {
                Source first = source;
                Source kept = distinct.computeIfAbsent(Arrays.asList(source.kind(), source.outlet(), source.title(),
                        source.url(), source.publishedOn(), source.disclosure()), k -> first);
                sourceOf.put(c.source(), kept.id());
            }
            Violations v = new Violations();
            evidence.add(Claims.limited(c.evidence(), "evidence", v));
            try {
                v.throwIfAny();
            } catch (InvalidRequest refused) {
                placed(refused, c.row(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String by = current.username();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder out = new StringBuilder(distinct.size() * 200);
            for (Source s : distinct.values()) {
                out.append(s.id()).append(',').append(s.kind().name()).append(',').append(quoted(s.outlet())).append(',')
                        .append(quoted(s.title())).append(',').append(quoted(s.url())).append(',')
                        .append(s.publishedOn() == null ? "" : s.publishedOn().toString()).append(',')
                        .append(quoted(s.language())).append(',').append(quoted(s.excerpt())).append(',')
                        .append(s.disclosure().name()).append(',').append(s.owner() == null ? "" : s.owner().toString())
                        .append(',').append(now).append(',').append(quoted(by)).append('\n');
            }
            copy.copyIn(SOURCE, new StringReader(out.toString()));
            out.setLength(0);
            // in the order of the contributions' ids, with ascending ids of their own: the claims' indexes grow at
            // their end (see TimeOrderedIds)
            Integer[] order = new Integer[claims.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, java.util.Comparator.comparing(i -> claims.get(i).contributionId()));
            List<UUID> ids = TimeOrderedIds.batch(claims.size(), clock);
            for (int i = 0; i < claims.size(); i++) {
                Sourced c = claims.get(order[i]);
                out.append(ids.get(i)).append(',').append(c.contributionId()).append(',')
                        .append(sourceOf.get(c.source())).append(',')
                        .append(quoted("{" + String.join(",", c.contributors()) + "}")).append(',')
                        .append(c.amount() == null ? "" : c.amount().amount().toPlainString()).append(',')
                        .append(c.amount() == null ? "" : c.amount().currency().code()).append(',')
                        .append(ClaimBound.EXACT.name()).append(',')
                        .append(c.date() == null ? "" : c.date().toString()).append(',')
                        .append(c.date() == null ? "" : DatePrecision.DAY.name()).append(',')
                        .append(c.program() == null ? "" : c.program().name()).append(',')
                        .append(quoted(evidence.get(order[i]))).append(",true,").append(quoted(by)).append(',').append(now)
                        .append(',').append(now).append(',').append(quoted(by)).append('\n');
                if ((i + 1) % CHUNK == 0 || i == claims.size() - 1) {
                    copy.copyIn(CLAIM, new StringReader(out.toString()));
                    out.setLength(0);
                    written.accept(i + 1);
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying the imported sources and claims failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return new Recorded(distinct.size(), claims.size());
    }

    private static void placed(InvalidRequest refused, int row, List<Violation> problems) {
        for (Violation v : refused.violations()) {
            problems.add(new Violation("rows[" + row + "]." + v.field(), v.message(), v.wording(), v.refusal()));
        }
    }

    /** A text field of COPY's CSV: empty (null) when absent, else quoted with its quotes doubled. */
    static String quoted(String text) {
        return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
