package org.palisade.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Palisade as a user runs it: a process of its own (the test JVM's java and classpath) on its own data
 * directory, with demo data, which can be killed the way an operating system kills it.
 */
final class ForkedPalisade implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START_PATIENCE = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final int databasePort;
    private final int port;

    private ForkedPalisade(Process process, Path log, Path dataDir, int databasePort, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.databasePort = databasePort;
        this.port = port;
    }

    /** Starts it and waits until it serves HTTP; fails, with its log, if it ends or gives up first. */
    static ForkedPalisade start(Path dataDir, int databasePort, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.palisade.PalisadeApplication",
                "--server.port=0", "--palisade.data-dir=" + dataDir, "--palisade.embedded.port=" + databasePort,
                "--palisade.demo-data=true", "--spring.main.banner-mode=off")
                .directory(dataDir.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (started.find()) {
                ForkedPalisade palisade = new ForkedPalisade(process, log, dataDir, databasePort,
                        Integer.parseInt(started.group(1)));
                palisade.awaitHealthy();
                return palisade;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Palisade ended with exit code " + process.exitValue() + " while starting:\n"
                        + tail(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("Palisade did not start in " + START_PATIENCE + ":\n" + tail(log));
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Palisade started but is not healthy:\n" + tail(log));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Its own embedded PostgreSQL, read directly. */
    DataSource database() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {databasePort});
        ds.setDatabaseName("postgres");
        ds.setUser("postgres");
        return ds;
    }

    /** The PostgreSQL server running on its data directory now, as postmaster.pid names it. */
    Optional<ProcessHandle> server() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    /** SIGKILL, as {@code kill -9} does: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGKILL to the processes it started (its database watchdog among them), then to the application:
     * its server is left running, as when the watchdog did not start or was killed with it.
     */
    void killWithItsChildren() throws Exception {
        for (ProcessHandle child : process.toHandle().children().toList()) {
            child.destroyForcibly();
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        kill();
    }

    String log() throws IOException {
        return tail(log);
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    /** A clean stop (SIGTERM), then SIGKILL if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
