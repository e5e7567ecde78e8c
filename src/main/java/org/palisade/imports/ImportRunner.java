package org.palisade.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palisade.contributions.ContributionBatch;
import org.palisade.imports.ImportJob.Phase;
import org.palisade.imports.ImportJob.Problem;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Refusals;
import org.palisade.platform.Violation;
import org.palisade.sources.ClaimBatch;
import org.palisade.sources.ClaimProgram;
import org.palisade.sources.SourceDraft;
import org.palisade.sources.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time per instance (the machine's cores go to one import rather
 * than to several competing ones), as the person who started them: the import's audit entry names them.
 * Progress is committed apart from the import's own transaction every few thousand rows, so any instance
 * reading the import's row sees how far it is; the contributions commit, all of them, with the import's
 * outcome and its one audit entry.
 */
@Component
class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final Pattern FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(.+))?");
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"));

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "contribution-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportRepository repository;
    private final ImportHeartbeat heartbeat;
    private final ContributionBatch batch;
    private final ClaimBatch claimBatch;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate apart;
    private final java.util.function.Function<java.util.Collection<String>,
            Map<String, org.palisade.organisations.Organisation>> organisations;

    /** How the rows of a file are read and checked: {@link FileCheck#check}, unless a test makes it fail. */
    interface RowReading {
        FileCheck.Checked check(byte[] content, java.util.function.Function<java.util.Collection<String>,
                Map<String, org.palisade.organisations.Organisation>> organisations, LocalDate today,
                FileCheck.Progress progress);
    }

    private volatile RowReading reading = FileCheck::check;

    ImportRunner(ImportRepository repository, ImportHeartbeat heartbeat, ContributionBatch batch, ClaimBatch claimBatch,
            ApplicationEventPublisher events,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions,
            org.palisade.organisations.Organisations organisations) {
        this.repository = repository;
        this.heartbeat = heartbeat;
        this.batch = batch;
        this.claimBatch = claimBatch;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.organisations = codes -> Imports.organisationsByCode(organisations, codes);
    }

    /** Reads the rows of the next imports this way (null: as always); for tests of failures. */
    void readRowsWith(RowReading reading) {
        this.reading = reading == null ? FileCheck::check : reading;
    }

    /** Runs the import of this content, as the person asking now; the future ends with the import's outcome. */
    CompletableFuture<ImportJob> start(ImportJob job, byte[] content) {
        SecurityContext asking = SecurityContextHolder.createEmptyContext();
        asking.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        heartbeat.beating(job.id());
        try {
            return CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.setContext(asking);
                try {
                    run(job, content);
                } finally {
                    heartbeat.stopped(job.id());
                    SecurityContextHolder.clearContext();
                }
                return repository.find(job.id()).orElseThrow();
            }, executor);
        } catch (RuntimeException refused) {
            // the worker is shutting down: the import never starts, and says so
            heartbeat.stopped(job.id());
            ended(job, interrupted());
            throw refused;
        }
    }

    /**
     * The worker's boundary: whatever happens, the import ends IMPORTED or FAILED with a reason, never RUNNING.
     * An Error (out of memory, stack overflow) is recorded and then thrown on, since the process may be unwell;
     * an interruption (the instance stopping) is recorded and the thread's interrupt restored.
     */
    private void run(ImportJob job, byte[] content) {
        try {
            write(job, content);
        } catch (InvalidRequest refused) {
            ended(job, problems(refused.violations()), refused.violations().size());
        } catch (Throwable e) {
            // cleared so that recording the failure can take a connection (the pool refuses interrupted threads)
            boolean interrupted = Thread.interrupted() || interruption(e);
            log.error("Import {} of {} failed{}", job.number(), job.fileName(), interrupted ? " (interrupted)" : "", e);
            try {
                ended(job, interrupted ? interrupted()
                        : e instanceof Error ? fileProblem(messages, "the import stopped on a server error ("
                                + e.getClass().getSimpleName() + "); nothing was imported", "imports.failed.error",
                                e.getClass().getSimpleName())
                        : fileProblem(messages, "the import failed; nothing was imported", "imports.failed.unexpected"));
            } catch (Throwable recording) {
                // the heartbeat has stopped: the import is given up as stale once its limit passes
                e.addSuppressed(recording);
                log.error("Import {} could not be marked failed", job.number(), recording);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private Problem interrupted() {
        return fileProblem(messages, "the import was interrupted (the instance running it was stopping); nothing was"
                + " imported", "imports.failed.interrupted");
    }

    private void ended(ImportJob job, Problem problem) {
        ended(job, List.of(problem), 1);
    }

    private void ended(ImportJob job, List<Problem> problems, int count) {
        repository.failed(job.id(), problems, count, clock.instant());
    }

    private static boolean interruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    || t instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    private void write(ImportJob job, byte[] content) {
        FileCheck.Progress progress = (phase, total, done) -> apart.executeWithoutResult(
                s -> repository.progress(job.id(), phase, total, done, clock.instant()));
        long[] at = {System.nanoTime(), 0, 0, 0};
        FileCheck.Checked checked = reading.check(content, organisations, LocalDate.now(clock), progress);
        at[1] = System.nanoTime();
        if (!checked.ok()) {
            ended(job, problems(checked.problems()), checked.problemCount());
            return;
        }
        List<ContributionBatch.Line> lines = new ArrayList<>(checked.lines().size());
        for (RowCheck.Line l : checked.lines()) {
            lines.add(new ContributionBatch.Line(l.contributors().stream().map(o -> o.id()).toList(), l.amount(),
                    l.stage(), l.on(), l.program(), l.category(), l.disclosure()));
        }
        int total = lines.size();
        progress.at(Phase.WRITING, total, 0);
        writing.executeWithoutResult(s -> {
            List<java.util.UUID> ids = batch.record(job.id(), lines, clock.instant(), written -> progress.at(
                    written == total ? Phase.TOTALS : Phase.WRITING, total, written));
            at[2] = System.nanoTime();
            ClaimBatch.Recorded claimed = claims(job, checked.lines(), ids, progress);
            at[3] = System.nanoTime();
            if (!repository.imported(job.id(), checked.rows(), total, clock.instant())) {
                // given up as stale meanwhile (its file free again): this late outcome must not count twice
                throw new IllegalStateException("import " + job.number() + " was given up while it ran");
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("number", job.number());
            after.put("fileName", job.fileName());
            after.put("digest", job.digest());
            after.put("rows", checked.rows());
            after.put("contributions", total);
            after.put("sources", claimed.sources());
            after.put("claims", claimed.claims());
            after.put("sums", DryRun.sums(checked.lines()));
            events.publishEvent(new RecordChanged("contribution-import", job.id(), null, "imported", null, after,
                    null));
        });
        log.info("Import {} of {} ({} rows, {} claims): checked in {} ms, contributions written in {} ms, sources and"
                + " claims in {} ms, committed in {} ms", job.number(), job.fileName(), total, lines.isEmpty() ? 0
                : checked.lines().stream().filter(l -> l.source() != null).count(), (at[1] - at[0]) / 1_000_000,
                (at[2] - at[1]) / 1_000_000, (at[3] - at[2]) / 1_000_000, (System.nanoTime() - at[3]) / 1_000_000);
    }

    /**
     * Records the sources the rows name, each distinct source once, and a claim of each row's source about the
     * contribution the row became (what it says: contributors, amount, date, program), in bulk through the sources
     * module's {@link ClaimBatch}, inside the import's transaction; a source breaking that module's rules is named
     * at the row's source columns. Returns how many sources and claims.
     */
    private ClaimBatch.Recorded claims(ImportJob job, List<RowCheck.Line> lines, List<java.util.UUID> ids,
            FileCheck.Progress progress) {
        List<ClaimBatch.Sourced> sourced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RowCheck.Line l = lines.get(i);
            if (l.source() == null) {
                continue;
            }
            // one source record per source and disclosure: a confidential row's source is as confidential as it
            RowCheck.Source s = l.source();
            // a claim names contributors as sources do (ISO codes, EU, NATO); other institutions' codes are left out
            List<String> named = l.contributors().stream().map(o -> o.code().value())
                    .filter(code -> code.matches("[A-Z]{3}|EU|NATO")).distinct().toList();
            sourced.add(new ClaimBatch.Sourced(l.row(), ids.get(i), new SourceDraft(SourceKind.DOCUMENT, s.outlet(),
                    s.title(), s.url(), s.published(), null, null, l.disclosure()), named, l.amount(), l.on(),
                    ClaimProgram.valueOf(l.program().name()),
                    "row " + l.row() + " of " + job.fileName() + " (import " + job.number() + ")"));
        }
        if (sourced.isEmpty()) {
            return new ClaimBatch.Recorded(0, 0);
        }
        int total = sourced.size();
        progress.at(Phase.SOURCES, total, 0);
        try {
            return claimBatch.record(sourced, done -> progress.at(Phase.SOURCES, total, done));
        } catch (InvalidRequest refused) {
            // the sources module's rules, placed at the row's source columns
            throw new InvalidRequest(refused.violations().stream().map(v -> {
                Matcher m = SOURCE_FIELD.matcher(v.field());
                return m.matches() ? new Violation("rows[" + m.group(1) + "]." + SOURCE_COLUMNS.getOrDefault(m.group(2),
                        "source_title"), v.message(), v.wording(), v.refusal()) : v;
            }).toList());
        }
    }

    private static final Pattern SOURCE_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(.+)");
    private static final Map<String, String> SOURCE_COLUMNS = Map.of("outlet", "source_outlet", "title",
            "source_title", "url", "source_url", "publishedOn", "source_published", "evidence", "source_title");

    /** Each problem placed by row and column and worded in both languages of the pages, as found now. */
    List<Problem> problems(List<Violation> violations) {
        return violations.stream().map(v -> {
            Matcher m = FIELD.matcher(v.field());
            Integer row = m.matches() ? Integer.valueOf(m.group(1)) : null;
            String column = m.matches() ? m.group(2) : null;
            Map<String, String> said = new LinkedHashMap<>();
            for (Locale locale : LANGUAGES) {
                var wording = v.refusal() != null ? Refusals.wording(v.refusal(), locale) : v.wording();
                said.put(locale.getLanguage(), wording == null ? v.message() : messages.getMessage(wording, locale));
            }
            return new Problem(row, column, v.message(), said);
        }).toList();
    }

    /** A problem of the import as a whole: the API's English message and the pages' wording in each language. */
    static Problem fileProblem(MessageSource messages, String message, String key, Object... args) {
        Map<String, String> said = new LinkedHashMap<>();
        for (Locale locale : LANGUAGES) {
            said.put(locale.getLanguage(), messages.getMessage(key, args, locale));
        }
        return new Problem(null, null, message, said);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
