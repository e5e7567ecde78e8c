package org.palisade.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on a data directory whose Palisade has ended without stopping it
 * (killed with {@code kill -9} before its {@link ServerWatchdog} started, or together with it). Found through
 * {@code postmaster.pid}; only asked for once this process owns the directory, so it can belong to no
 * live Palisade.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final String PID_FILE = "postmaster.pid";
    /** postmaster.pid records its start in whole seconds. */
    private static final Duration SAME_START = Duration.ofSeconds(5);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

    private final ProcessHandle postmaster;
    private final Path dataDir;

    private LeftoverServer(ProcessHandle postmaster, Path dataDir) {
        this.postmaster = postmaster;
        this.dataDir = dataDir;
    }

    /** The server running on this directory, if any; a pid file naming some other process is removed. */
    static Optional<LeftoverServer> on(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        Optional<Postmaster> recorded = Postmaster.read(pidFile);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> running = ProcessHandle.of(recorded.get().pid()).filter(ProcessHandle::isAlive);
        if (running.isEmpty()) {
            return Optional.empty(); // PostgreSQL itself replaces the pid file of a server that is gone
        }
        if (!recorded.get().isRunAs(running.get())) {
            // The id now belongs to another program, which PostgreSQL would mistake for a running server.
            log.warn("Removing {}: process {} is no longer its PostgreSQL server", pidFile, recorded.get().pid());
            Files.deleteIfExists(pidFile);
            return Optional.empty();
        }
        return Optional.of(new LeftoverServer(running.get(), dataDir));
    }

    long pid() {
        return postmaster.pid();
    }

    /**
     * Stops it as {@code pg_ctl stop -m fast} does (SIGINT to the postmaster: open transactions roll back,
     * committed ones are on disk), and if that hangs, as {@code -m immediate} does (SIGQUIT: the next start
     * recovers from the write-ahead log). The signal goes straight to this one process because pg_ctl
     * refuses to run as root, where the library wraps it in a user namespace.
     */
    void stop() throws IOException {
        log.warn("Stopping the PostgreSQL server (process {}) left running on {} by a Palisade that ended "
                + "without stopping it", pid(), dataDir);
        signal("INT");
        if (ended(FAST_SHUTDOWN)) {
            return;
        }
        log.warn("The leftover PostgreSQL server (process {}) did not stop in {}; stopping it immediately",
                pid(), FAST_SHUTDOWN);
        signal("QUIT");
        if (!ended(IMMEDIATE_SHUTDOWN)) {
            throw new IllegalStateException("The PostgreSQL server (process " + pid() + ") left running on "
                    + dataDir + " does not stop; end it (kill " + pid() + ") and start Palisade again.");
        }
    }

    private void signal(String name) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException noKillCommand) {
            // SIGTERM, PostgreSQL's smart shutdown: it waits for open sessions, and the dead owner's have ended.
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping process " + pid(), e);
        }
    }

    private boolean ended(Duration patience) {
        try {
            postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !postmaster.isAlive();
        } catch (ExecutionException e) {
            return !postmaster.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !postmaster.isAlive();
        }
    }

    /** The first lines of postmaster.pid: process id, data directory, start time (epoch seconds), port. */
    record Postmaster(long pid, Instant startedAt) {

        static Optional<Postmaster> read(Path pidFile) throws IOException {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            try {
                return Optional.of(new Postmaster(Long.parseLong(lines.get(0).trim()),
                        Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()))));
            } catch (RuntimeException e) {
                return Optional.empty(); // being written or cut short: nothing to stop by it
            }
        }

        /** The same process when it is a postgres program started at the recorded time (as far as the system tells). */
        boolean isRunAs(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                    .orElse(true);
            boolean sameStart = info.startInstant()
                    .map(s -> Duration.between(s, startedAt).abs().compareTo(SAME_START) <= 0).orElse(true);
            return postgres && sameStart;
        }
    }
}
