package org.palisade.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL from the embedded binaries when no {@code spring.datasource.url} is configured.
 * The data directory is kept between runs and the server is durable: every commit is flushed to disk
 * before it is acknowledged. The library's defaults (delete the directory on close,
 * {@code synchronous_commit=off}, {@code -F} which turns fsync off) would lose a ledger's data, or corrupt
 * it in an operating-system crash or power loss. A {@code -c} setting comes after the library's {@code -F}
 * on the server's command line, so it wins. Ownership of the directory and recovery after a crash:
 * {@link EmbeddedServer}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoExternalDatabase.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The settings that keep a committed transaction on disk: not open to configuration. */
    private static final Set<String> DURABLE = Set.of("fsync", "synchronous_commit", "full_page_writes");

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment env) throws IOException {
        boolean ephemeral = env.getProperty("palisade.embedded.ephemeral", Boolean.class, false);
        Path dataDir = ephemeral
                ? Files.createTempDirectory("palisade-db-")
                : Path.of(env.getProperty("palisade.data-dir", "./data")).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        log.info("Starting embedded PostgreSQL with data in {}{}", dataDir, ephemeral ? " (deleted on shutdown)" : "");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(ephemeral)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // A new 16 MB WAL segment is otherwise zero-filled and flushed while every commit waits: on a
                // young database (nothing yet to recycle) that stalled all writers for about 55 ms every few
                // seconds and set the pledges' p99 (docs/BENCHMARKS.md). Durability does not depend on it.
                .setServerConfig("wal_init_zero", "off");
        // further server settings (e.g. shared_buffers, or pg_stat_statements to profile), never the durable ones
        Binder.get(env).bind("palisade.embedded.settings", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach((name, value) -> {
                    if (DURABLE.contains(name)) {
                        log.warn("Ignoring palisade.embedded.settings.{}: the embedded database always runs with "
                                + "fsync, synchronous_commit and full_page_writes on", name);
                    } else {
                        builder.setServerConfig(name, value);
                    }
                });
        int port = env.getProperty("palisade.embedded.port", Integer.class, 0);
        if (port > 0) {
            builder.setPort(port);
        }
        return EmbeddedServer.start(builder, dataDir);
    }

    /** Closed with its {@link EmbeddedServer}, after everything that uses it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedServer server) {
        return server.postgres();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("palisade-embedded");
        ds.setMaximumPoolSize(env.getProperty("palisade.embedded.pool-size", Integer.class, defaultPoolSize()));
        return ds;
    }

    /**
     * Two connections per core, at least four: the embedded server shares the application's cores, and more
     * backends than that only contend for them and for the WAL (docs/BENCHMARKS.md, "the pool size"). Safe
     * because no request needs a second connection while it holds one (a refusal has its own pool).
     */
    static int defaultPoolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

}
