package org.palisade.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded PostgreSQL server soon after its Palisade ends, however it ends. The library starts
 * the server as a daemon of its own, so after {@code kill -9} of the application it would run on, holding
 * the data directory and its port.
 *
 * <p>A tiny shell process waits on a pipe from this JVM. Only this JVM holds the pipe's other end (a
 * child process inherits no descriptors but its standard streams), and the operating system closes it
 * when the JVM ends, so the watchdog wakes exactly then: no polling, and no process id that could be
 * recycled. It then sends the server the signal of {@code pg_ctl stop -m fast} (SIGINT), but only while
 * the data directory's {@code postmaster.pid} still names that server, so it never stops a successor's.
 * It ignores the terminal's signals (a Ctrl-C reaches the JVM, which stops the server itself).
 */
final class ServerWatchdog implements Closeable {

    private static final String SCRIPT = """
            trap '' HUP INT QUIT TERM
            while read -r line; do :; done
            first=""
            if [ -f "$2" ]; then read -r first < "$2"; fi
            if [ "$first" = "$1" ]; then kill -INT "$1"; fi
            """;

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    static ServerWatchdog watch(long postmasterPid, Path dataDir) throws IOException {
        Process process = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "palisade-database-watchdog",
                Long.toString(postmasterPid), dataDir.resolve(LeftoverServer.PID_FILE).toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start(); // standard input stays a pipe from this JVM: the watchdog's only clock
        return new ServerWatchdog(process);
    }

    /** After a clean stop: the watchdog finds no server to stop and ends. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
