package org.palisade.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.palisade.imports.ImportJob.Phase;
import org.palisade.organisations.Organisation;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Violation;
import org.palisade.platform.Violations;

/**
 * Reads a whole file and checks every row: the header first (a file whose columns are wrong is refused
 * before any row is read), then each row by {@link RowCheck}, the organisations it names looked up once for
 * the whole file. The problems are collected, not thrown, so that the caller can report all of them.
 */
final class FileCheck {

    static final int MAX_ROWS = 1_000_000;
    /** Problems kept for the report; more are counted. */
    static final int MAX_PROBLEMS = 1_000;
    /** How often (in rows) progress is told. */
    static final int PROGRESS_EVERY = 5_000;

    /** Told where the reading is. */
    interface Progress {
        void at(Phase phase, Integer total, int done);

        Progress NONE = (phase, total, done) -> {
        };
    }

    /** The outcome: the rows as they would be created, or the problems (the first {@link #MAX_PROBLEMS}). */
    record Checked(int rows, List<RowCheck.Line> lines, List<Violation> problems, int problemCount) {
        boolean ok() {
            return problemCount == 0;
        }
    }

    private record Raw(int number, List<String> cells) {
    }

    private FileCheck() {
    }

    /** The file's SHA-256 digest in lower-case hex: what makes an import of the same file the same import. */
    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * @param organisations looks up the organisations of the codes given (unknown codes are absent)
     * @throws InvalidRequest when the file cannot be read or its header is wrong (nothing else is checked then)
     */
    static Checked check(byte[] content, Function<Collection<String>, Map<String, Organisation>> organisations,
            LocalDate today, Progress progress) {
        List<Raw> raws = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<List<String>> header = new ArrayList<>();
        Violations tooMany = new Violations();
        SheetReader.read(content, (number, cells) -> {
            if (header.isEmpty()) {
                header.add(cells);
                return;
            }
            if (raws.size() >= MAX_ROWS) {
                if (tooMany.isEmpty()) {
                    RowCheck.add(tooMany, number, "contributors", new ImportRefusal.TooManyRows(MAX_ROWS));
                }
                return;
            }
            raws.add(new Raw(number, cells));
            if (raws.size() % PROGRESS_EVERY == 0) {
                progress.at(Phase.READING, null, raws.size());
            }
        });
        Violations headerProblems = new Violations();
        if (header.isEmpty()) {
            headerProblems.add("rows[1]", new ImportRefusal.NoRows());
            headerProblems.throwIfAny();
        }
        Map<Integer, ImportColumn> columns = RowCheck.header(header.get(0), headerProblems);
        headerProblems.throwIfAny();
        tooMany.throwIfAny();
        if (raws.isEmpty()) {
            new Violations().add("rows[2]", new ImportRefusal.NoRows()).throwIfAny();
        }
        Integer contributorsAt = columns.entrySet().stream().filter(e -> e.getValue() == ImportColumn.CONTRIBUTORS)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        for (Raw raw : raws) {
            if (contributorsAt < raw.cells().size()) {
                codes.addAll(RowCheck.codes(raw.cells().get(contributorsAt)));
            }
        }
        RowCheck rows = new RowCheck(columns, organisations.apply(codes), today);
        progress.at(Phase.CHECKING, raws.size(), 0);
        List<RowCheck.Line> lines = new ArrayList<>(raws.size());
        List<Violation> problems = new ArrayList<>();
        int problemCount = 0;
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            Violations found = new Violations();
            RowCheck.Line line = rows.check(raw.number(), raw.cells(), found);
            if (line != null) {
                lines.add(line);
            } else {
                List<Violation> list = found.list();
                problemCount += list.size();
                for (Violation v : list) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(v);
                    }
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.at(Phase.CHECKING, raws.size(), i + 1);
            }
        }
        return new Checked(raws.size(), lines, problems, problemCount);
    }
}
