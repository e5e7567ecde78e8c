package org.palisade.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.platform.Conflict;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Use cases of imports: the dry run of a file, its import (once per file, in the background, all rows or
 * none), and reading imports with their progress. Only coordinators import ({@link ImportPermissions}).
 */
@Service
class Imports {

    static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("started", "started_at", "number", "number",
            "file", "file_name", "status", "status", "contributions", "coalesce(contributions, -1)")
            .descendingFirst("started", "number", "contributions");

    private final ImportRepository repository;
    private final Organisations organisations;
    private final ImportRunner runner;
    private final ImportHeartbeat heartbeat;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final Clock clock;

    Imports(ImportRepository repository, Organisations organisations, ImportRunner runner, ImportHeartbeat heartbeat,
            CurrentViewer current, AccessPolicy access, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.runner = runner;
        this.heartbeat = heartbeat;
        this.current = current;
        this.access = access;
        this.clock = clock;
    }

    /** A started import and the outcome it will have (for a caller that waits). */
    record Started(ImportJob job, CompletableFuture<ImportJob> outcome) {
    }

    /** Checks every row of the file and tells what importing it would create; writes nothing. */
    DryRun dryRun(String fileName, byte[] content) {
        access.require(ImportPermissions.toImport(), Target.newRecord("contribution-import", null));
        String digest = FileCheck.digest(content);
        FileCheck.Checked checked = FileCheck.check(content, codes -> organisationsByCode(organisations, codes), LocalDate.now(clock),
                FileCheck.Progress.NONE);
        return new DryRun(name(fileName), digest, SheetReader.Format.of(content).name(), checked.rows(),
                checked.lines().size(), checked.lines().stream().limit(DryRun.PREVIEW).toList(),
                DryRun.sums(checked.lines()), checked.problems(), checked.problemCount(),
                repository.holding(digest).orElse(null));
    }

    /** The page's dry run: the file is kept (by its digest) so that the reader can then import it. */
    DryRun upload(String fileName, byte[] content) {
        DryRun dryRun = dryRun(fileName, content);
        repository.keepUpload(dryRun.digest(), dryRun.fileName(), content, current.username(), clock.instant());
        return dryRun;
    }

    /** Imports a file the page uploaded for its dry run. */
    Started startUploaded(String digest) {
        access.require(ImportPermissions.toImport(), Target.newRecord("contribution-import", null));
        ImportRepository.Upload upload = repository.upload(digest == null ? "" : digest)
                .orElseThrow(() -> new Conflict(new ImportRefusal.UploadGone()));
        return start(upload.fileName(), upload.content());
    }

    /**
     * Starts importing the file in the background and answers at once with the running import. The same file
     * imported before, or being imported now (also by a request racing this one), is refused with the import
     * that holds it: importing a file again creates nothing.
     */
    Started start(String fileName, byte[] content) {
        access.require(ImportPermissions.toImport(), Target.newRecord("contribution-import", null));
        String digest = FileCheck.digest(content);
        // an import of this file left running by a process that stopped holds it no more
        heartbeat.giveUpStale();
        refuseIfHeld(digest);
        ImportJob job;
        try {
            job = repository.insert(UUID.randomUUID(), digest, name(fileName), SheetReader.Format.of(content).name(),
                    current.username(), current.organisationId(), clock.instant());
        } catch (DuplicateKeyException raced) {
            refuseIfHeld(digest);
            throw raced;
        }
        return new Started(job, runner.start(job, content));
    }

    private void refuseIfHeld(String digest) {
        repository.holding(digest).ifPresent(held -> {
            throw new Conflict(held.running() ? new ImportRefusal.BeingImported(held.number())
                    : new ImportRefusal.AlreadyImported(held.number(), held.finishedAt()));
        });
    }

    /** Waits for a started import to end, at most {@code limit}; answers it as it then stands. */
    ImportJob await(Started started, Duration limit) {
        try {
            return started.outcome().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return get(started.job().id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return get(started.job().id());
        } catch (ExecutionException e) {
            return get(started.job().id());
        }
    }

    ImportJob get(UUID id) {
        access.require(ImportPermissions.toRead(), new Target("contribution-import", id, null));
        heartbeat.giveUpStale();
        return repository.find(id).orElseThrow(() -> new NotFound("import", id));
    }

    PageOf<ImportJob> list(Paging paging) {
        access.require(ImportPermissions.toRead(), Target.newRecord("contribution-import", null));
        heartbeat.giveUpStale();
        return PageOf.of(repository.page(paging), paging, repository.count());
    }

    /** The organisations of these codes, by code; unknown codes are absent. */
    static Map<String, Organisation> organisationsByCode(Organisations organisations, Collection<String> codes) {
        List<UUID> ids = organisations.resolveCodes(List.copyOf(codes), "codes", new Violations());
        return organisations.all(ids).stream().collect(Collectors.toMap(o -> o.code().value(), Function.identity()));
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
