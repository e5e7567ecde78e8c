package org.palisade.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One import of a file as stored: its state while it runs (phase and rows done, so that a reload of its page,
 * on any instance, shows where it is) and its outcome.
 *
 * @param problems on failure, the first problems found, each by row and column
 */
public record ImportJob(UUID id, int number, String digest, String fileName, String format, Status status,
        Phase phase, Integer rowsTotal, int rowsDone, Integer contributions, List<Problem> problems,
        Integer problemCount, String startedBy, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    public enum Status {
        RUNNING, IMPORTED, FAILED
    }

    /**
     * Where a running import is: reading the file, checking its rows, writing them and adding up the totals,
     * recording the sources the rows name with a claim each.
     */
    public enum Phase {
        READING, CHECKING, WRITING, TOTALS, SOURCES, DONE
    }

    /**
     * A problem of a file: row (null for the file as a whole), column, the API's English message, and what the
     * pages say in each of their languages ({@code en}, {@code uk}), worded when the problem was found.
     */
    public record Problem(Integer row, String column, String message, java.util.Map<String, String> said) {

        public String in(java.util.Locale locale) {
            return said == null ? message : said.getOrDefault(locale.getLanguage(), message);
        }
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Percent of the rows done in the current phase (0 when the total is not known yet). */
    public int percent() {
        if (status != Status.RUNNING) {
            return 100;
        }
        return rowsTotal == null || rowsTotal == 0 ? 0 : (int) Math.min(100, 100L * rowsDone / rowsTotal);
    }
}
