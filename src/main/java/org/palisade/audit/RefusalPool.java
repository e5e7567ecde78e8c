package org.palisade.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connections of their own for refused attempts ({@link org.palisade.platform.AttemptRefused}): the application's
 * settings with at most two connections, opened when needed. A refusal holds one only while its entry is written
 * and waits for nothing else meanwhile, so refusals never starve each other or the main pool. Not a bean of type
 * {@link DataSource}: a second one would turn off Spring Boot's own data source in external mode.
 */
@Component
class RefusalPool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RefusalPool.class);
    private static final int CONNECTIONS = 2;

    private final HikariDataSource own;
    private final AuditRepository repository;
    private final TransactionTemplate apart;

    RefusalPool(DataSource main) throws SQLException {
        DataSource source = main;
        HikariDataSource pool = null;
        if (main.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = main.unwrap(HikariDataSource.class);
            HikariConfig config = new HikariConfig();
            hikari.copyStateTo(config);
            config.setPoolName(hikari.getPoolName() + "-refusals");
            config.setMaximumPoolSize(CONNECTIONS);
            config.setMinimumIdle(0);
            pool = new HikariDataSource(config);
            source = pool;
        } else {
            log.warn("The data source is not a Hikari pool: refused attempts share its connections");
        }
        this.own = pool;
        this.repository = new AuditRepository(JdbcClient.create(source), new JdbcTemplate(source));
        this.apart = new TransactionTemplate(new DataSourceTransactionManager(source));
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends the entry in a transaction of its own on this pool, committed before the caller goes on. */
    void append(ChainRow entry) {
        apart.executeWithoutResult(status -> repository.append(entry));
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
