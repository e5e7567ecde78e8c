package org.palisade.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes whose results nobody reads before the commit (an audit entry, an idempotent answer): in a hot write's
 * transaction ({@link #holdForThisTransaction()}) they are held and sent together just before it commits, as one
 * multi-statement request, so that they cost one round trip to the database instead of one each. Anywhere
 * else, and once the held writes have been sent, a write is sent at once. A held write that fails still fails
 * its transaction, which then rolls back.
 */
@Component
public class LastWrites {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    LastWrites(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Holds the writes of the current transaction until it commits. */
    void holdForThisTransaction() {
        ThisTransaction.keep(this, () -> {
            Held held = new Held();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    held.sent = true;
                    send(held.writes);
                }
            });
            return held;
        });
    }

    /** Sends the write now, or with the transaction's other held writes just before it commits. */
    public void write(String sql, Map<String, ?> params) {
        Held held = ThisTransaction.kept(this);
        if (held == null || held.sent) {
            jdbc.sql(sql).params(params).update();
        } else {
            held.writes.add(new Write(sql, params));
        }
    }

    private void send(List<Write> writes) {
        if (writes.size() == 1) {
            jdbc.sql(writes.get(0).sql()).params(writes.get(0).params()).update();
        } else if (!writes.isEmpty()) {
            // positional parameters, statement after statement: the driver sends them in one request
            StringBuilder sql = new StringBuilder();
            List<Object> values = new ArrayList<>();
            for (Write w : writes) {
                ParsedSql statement = parsed.computeIfAbsent(w.sql(), NamedParameterUtils::parseSqlStatement);
                MapSqlParameterSource source = new MapSqlParameterSource(w.params());
                sql.append(sql.isEmpty() ? "" : ";\n").append(NamedParameterUtils.substituteNamedParameters(statement, source));
                values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(statement, source, null)));
            }
            template.update(sql.toString(), new ArgumentPreparedStatementSetter(values.toArray()));
        }
    }

    private record Write(String sql, Map<String, ?> params) {
    }

    private static final class Held {
        final List<Write> writes = new ArrayList<>();
        boolean sent;
    }
}
