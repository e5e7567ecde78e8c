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
    private final ContributionBatch batch;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate apart;
    private final java.util.function.Function<java.util.Collection<String>,
            Map<String, org.palisade.organisations.Organisation>> organisations;

    ImportRunner(ImportRepository repository, ContributionBatch batch, ApplicationEventPublisher events,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions,
            org.palisade.organisations.Organisations organisations) {
        this.repository = repository;
        this.batch = batch;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.organisations = codes -> Imports.organisationsByCode(organisations, codes);
    }

    /** Runs the import of this content, as the person asking now; the future ends with the import's outcome. */
    CompletableFuture<ImportJob> start(ImportJob job, byte[] content) {
        SecurityContext asking = SecurityContextHolder.createEmptyContext();
        asking.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(asking);
            try {
                run(job, content);
            } finally {
                SecurityContextHolder.clearContext();
            }
            return repository.find(job.id()).orElseThrow();
        }, executor);
    }

    private void run(ImportJob job, byte[] content) {
        FileCheck.Progress progress = (phase, total, done) -> apart.executeWithoutResult(
                s -> repository.progress(job.id(), phase, total, done, clock.instant()));
        try {
            FileCheck.Checked checked = FileCheck.check(content, organisations, LocalDate.now(clock), progress);
            if (!checked.ok()) {
                repository.failed(job.id(), problems(checked.problems()), checked.problemCount(), clock.instant());
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
                batch.record(job.id(), lines, clock.instant(), written -> progress.at(
                        written == total ? Phase.TOTALS : Phase.WRITING, total, written));
                repository.imported(job.id(), checked.rows(), total, clock.instant());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("number", job.number());
                after.put("fileName", job.fileName());
                after.put("digest", job.digest());
                after.put("rows", checked.rows());
                after.put("contributions", total);
                after.put("sums", DryRun.sums(checked.lines()));
                events.publishEvent(new RecordChanged("contribution-import", job.id(), null, "imported", null, after,
                        null));
            });
        } catch (InvalidRequest refused) {
            repository.failed(job.id(), problems(refused.violations()), refused.violations().size(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.number(), job.fileName(), e);
            repository.failed(job.id(), List.of(new Problem(null, null, "the import failed; nothing was imported",
                    said("imports.failed.unexpected", null))), 1, clock.instant());
        }
    }

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

    private Map<String, String> said(String key, Object[] args) {
        Map<String, String> said = new LinkedHashMap<>();
        for (Locale locale : LANGUAGES) {
            said.put(locale.getLanguage(), messages.getMessage(key, args, locale));
        }
        return said;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
