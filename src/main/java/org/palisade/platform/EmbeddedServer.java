package org.palisade.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded PostgreSQL server of this Palisade with what keeps it safe: the claim on its data
 * directory, and the watchdog that stops it if the application dies without stopping it.
 */
final class EmbeddedServer implements Closeable {

    private final EmbeddedPostgres postgres;
    private final ServerWatchdog watchdog;
    private final DataDirectoryOwner owner;

    private EmbeddedServer(EmbeddedPostgres postgres, ServerWatchdog watchdog, DataDirectoryOwner owner) {
        this.postgres = postgres;
        this.watchdog = watchdog;
        this.owner = owner;
    }

    /**
     * Claims the data directory (refusing while a live Palisade owns it), stops a server that a dead
     * Palisade left running on it, then starts the server and its watchdog.
     */
    static EmbeddedServer start(EmbeddedPostgres.Builder builder, Path dataDir) throws IOException {
        AtomicReference<DataDirectoryOwner> owner = new AtomicReference<>();
        EmbeddedPostgres postgres = null;
        try {
            if (Files.exists(dataDir.resolve("PG_VERSION"))) {
                owner.set(DataDirectoryOwner.claimBeforeStart(dataDir));
                // Left running, it would hold the directory: the new server would wait for it and give up.
                LeftoverServer leftover = LeftoverServer.on(dataDir).orElse(null);
                if (leftover != null) {
                    leftover.stop();
                }
            }
            builder.setDataDirectoryCustomizer(dir -> {
                if (owner.get() == null) {
                    try {
                        owner.set(DataDirectoryOwner.claimAfterInit(dir.toPath()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            postgres = builder.start();
            long postmaster = LeftoverServer.Postmaster.read(dataDir.resolve(LeftoverServer.PID_FILE))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL started without writing "
                            + LeftoverServer.PID_FILE + " in " + dataDir))
                    .pid();
            return new EmbeddedServer(postgres, ServerWatchdog.watch(postmaster, dataDir), owner.get());
        } catch (IOException | RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            if (owner.get() != null) {
                owner.get().close();
            }
            throw e;
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** Stops the server first: the directory is given up only once nothing runs on it. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            try {
                watchdog.close();
            } finally {
                owner.close();
            }
        }
    }
}
