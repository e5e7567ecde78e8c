package org.palisade.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The running Palisade that owns an embedded data directory: it holds a lock on the owner file in that
 * directory for as long as it runs, and the file names it (process id and start time).
 *
 * <p>The operating system releases the lock when the process ends, however it ends ({@code kill -9}
 * included), so a lock that cannot be taken always means a live owner. The process id with its start time
 * is checked as well, against the process table: a recycled process id never passes for the owner, and a
 * directory whose lock cannot be trusted (a network file system) is still refused while its owner runs.
 */
final class DataDirectoryOwner implements Closeable {

    static final String FILE_NAME = "palisade.owner";
    /** The library's own lock file: a Palisade older than the owner file holds only this one. */
    private static final String LIBRARY_LOCK = "epg-lock";
    /** Process start times are read from the process table, at clock-tick precision. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryOwner(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims an initialised data directory for this process before its server starts, refusing with
     * {@link DataDirectoryInUse} while another live process owns it.
     */
    static DataDirectoryOwner claimBeforeStart(Path dataDir) throws IOException {
        DataDirectoryOwner owner = claim(dataDir);
        try {
            requireLibraryLockFree(dataDir);
            return owner;
        } catch (RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /**
     * Claims a data directory that initdb has just filled (initdb needs an empty directory, so the owner
     * file cannot be written before it).
     */
    static DataDirectoryOwner claimAfterInit(Path dataDir) throws IOException {
        return claim(dataDir);
    }

    private static DataDirectoryOwner claim(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUse(dataDir, recorded(file));
            }
            Optional<Process> previous = recorded(file);
            if (previous.isPresent() && previous.get().isAlive() && !previous.get().isThisProcess()) {
                throw new DataDirectoryInUse(dataDir, previous);
            }
            byte[] content = Process.thisProcess().text().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content), 0);
            channel.force(true);
            return new DataDirectoryOwner(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void requireLibraryLockFree(Path dataDir) throws IOException {
        Path libraryLock = dataDir.resolve(LIBRARY_LOCK);
        if (!Files.exists(libraryLock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(libraryLock, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUse(dataDir, Optional.empty());
            }
            lock.release();
        }
    }

    /** Null when another process, or another start in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<Process> recorded(Path file) {
        try {
            return Process.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Gives the directory up after its server has stopped: the next Palisade may take it. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            if (lock.isValid()) {
                Files.deleteIfExists(file);
            }
        } finally {
            channel.close();
        }
    }

    /** A process as the owner file records it; the start time tells it apart from a later one with its id. */
    record Process(long pid, Instant startedAt) {

        static Process thisProcess() {
            ProcessHandle self = ProcessHandle.current();
            return new Process(self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
        }

        static Optional<Process> parse(List<String> lines) {
            try {
                return Optional.of(new Process(Long.parseLong(value(lines, "pid")),
                        Instant.parse(value(lines, "started"))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private static String value(List<String> lines, String key) {
            return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).trim())
                    .findFirst().orElseThrow();
        }

        String text() {
            return "pid=" + pid + "\nstarted=" + startedAt + "\n";
        }

        boolean isThisProcess() {
            return pid == ProcessHandle.current().pid();
        }

        /** Alive when a process with this id runs and started at the recorded time (when the system tells). */
        boolean isAlive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(h -> h.info().startInstant()
                            .map(s -> Duration.between(s, startedAt).abs().compareTo(SAME_START) <= 0)
                            .orElse(true))
                    .orElse(false);
        }
    }
}
