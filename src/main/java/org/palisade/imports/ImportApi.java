package org.palisade.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Contributions of the general pool from XLSX or CSV files: dry run, import "
        + "(all rows or none, once per file), progress")
class ImportApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(.+))?");
    /** How long {@code wait=true} waits for an import before answering 202 with its progress. */
    static final Duration WAIT = Duration.ofMinutes(5);

    private final Imports imports;
    private final ImportTemplate template;

    ImportApi(Imports imports, ImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    record ProblemJson(Integer row, String column, String field, String message) {
        static ProblemJson of(Violation v) {
            Matcher m = FIELD.matcher(v.field());
            return new ProblemJson(m.matches() ? Integer.valueOf(m.group(1)) : null, m.matches() ? m.group(2) : null,
                    v.field(), v.message());
        }
    }

    record SourceJson(String title, String outlet, String url, LocalDate published) {
    }

    record RowJson(int row, List<String> contributors, MoneyAmount amount, String stage, LocalDate date,
            String program, String category, String disclosure, SourceJson source) {
        static RowJson of(RowCheck.Line l) {
            return new RowJson(l.row(), l.contributors().stream().map(o -> o.code().value()).toList(),
                    MoneyAmount.of(l.amount()), l.stage().name(), l.on(), l.program().name(),
                    l.category() == null ? null : l.category().name(), l.disclosure().name(),
                    l.source() == null ? null : new SourceJson(l.source().title(), l.source().outlet(),
                            l.source().url(), l.source().published()));
        }
    }

    /** What the rows of one currency add to each stage's figures, in that currency. */
    record SumJson(String currency, int rows, MoneyAmount pledged, MoneyAmount committed, MoneyAmount paid) {
        static SumJson of(DryRun.CurrencySum s) {
            CurrencyCode currency = CurrencyCode.of(s.currency());
            return new SumJson(s.currency(), s.rows(), MoneyAmount.of(Money.of(s.pledged(), currency)),
                    MoneyAmount.of(Money.of(s.committed(), currency)), MoneyAmount.of(Money.of(s.paid(), currency)));
        }
    }

    record PreviousJson(UUID id, int number, String status, Instant on) {
    }

    record DryRunJson(String fileName, String digest, String format, boolean ok, int rows, int valid,
            PreviousJson alreadyImported, List<SumJson> sums, List<RowJson> preview, List<ProblemJson> problems,
            int problemCount) {
        static DryRunJson of(DryRun d) {
            return new DryRunJson(d.fileName(), d.digest(), d.format(), d.ok(), d.rows(), d.valid(),
                    d.previous() == null ? null : new PreviousJson(d.previous().id(), d.previous().number(),
                            d.previous().status().name(), d.previous().finishedAt()),
                    d.sums().stream().map(SumJson::of).toList(),
                    d.preview().stream().map(RowJson::of).toList(),
                    d.problems().stream().map(ProblemJson::of).toList(), d.problemCount());
        }
    }

    record ImportJson(UUID id, int number, String fileName, String digest, String format, String status,
            String phase, Integer rowsTotal, int rowsDone, int percent, Integer contributions,
            List<ImportJob.Problem> problems, Integer problemCount, String startedBy, Instant startedAt,
            Instant finishedAt) {
        static ImportJson of(ImportJob j) {
            return new ImportJson(j.id(), j.number(), j.fileName(), j.digest(), j.format(), j.status().name(),
                    j.phase().name(), j.rowsTotal(), j.rowsDone(), j.percent(), j.contributions(),
                    j.problems().stream().map(p -> new ImportJob.Problem(p.row(), p.column(), p.message(), null)).toList(),
                    j.problemCount(), j.startedBy(), j.startedAt(), j.finishedAt());
        }
    }

    @GetMapping(path = "/template.csv", produces = "text/csv")
    @Operation(summary = "The import template as CSV: the header row and example rows")
    ResponseEntity<byte[]> templateCsv() {
        return download(template.csv(), "text/csv;charset=UTF-8", "palisade-contributions-template.csv");
    }

    @GetMapping(path = "/template.xlsx", produces = XLSX)
    @Operation(summary = "The import template as XLSX, with a sheet explaining each column")
    ResponseEntity<byte[]> templateXlsx(Locale locale) {
        return download(template.xlsx(locale), XLSX, "palisade-contributions-template.xlsx");
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }

    @PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check a file (multipart field 'file') without importing it",
            description = "Every row is checked; the answer lists what would be created (the first 200 rows), the "
                    + "sums per currency and every problem by row and column (the first 1000). A file that cannot be "
                    + "read or whose header is wrong is refused with 422.")
    DryRunJson dryRun(@RequestPart("file") MultipartFile file) throws IOException {
        return DryRunJson.of(imports.dryRun(file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/dry-run", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, XLSX,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Check a file sent as the request body (CSV or XLSX) without importing it")
    DryRunJson dryRunBody(@RequestBody byte[] content,
            @Parameter(description = "the file's name, as the import records it") @RequestParam(required = false) String name) {
        return DryRunJson.of(imports.dryRun(name, content));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file (multipart field 'file'): all rows or none, once per file",
            description = "Answers 202 with the running import (poll its Location), or with wait=true waits for it: 201 "
                    + "imported, 422 with every problem by row and column (nothing imported). The same file imported "
                    + "before, or being imported, is refused with 409 naming that import.")
    ResponseEntity<ImportJson> start(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean wait) throws IOException {
        return answer(imports.start(file.getOriginalFilename(), file.getBytes()), wait);
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a file sent as the request body (CSV or XLSX); as the multipart call")
    ResponseEntity<ImportJson> startBody(@RequestBody byte[] content, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean wait) {
        return answer(imports.start(name, content), wait);
    }

    private ResponseEntity<ImportJson> answer(Imports.Started started, boolean wait) {
        URI location = URI.create("/api/v1/imports/" + started.job().id());
        if (!wait) {
            return ResponseEntity.accepted().location(location).body(ImportJson.of(started.job()));
        }
        ImportJob job = imports.await(started, WAIT);
        if (job.status() == ImportJob.Status.FAILED) {
            throw new InvalidRequest(job.problems().stream().map(p -> new Violation(
                    p.row() == null ? "file" : "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()),
                    p.message())).toList());
        }
        return ResponseEntity.status(job.running() ? HttpStatus.ACCEPTED : HttpStatus.CREATED).location(location)
                .body(ImportJson.of(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import: its status, phase and progress while it runs; its outcome or problems after")
    ImportJson get(@PathVariable UUID id) {
        return ImportJson.of(imports.get(id));
    }

    @GetMapping
    @Operation(summary = "Imports, newest first (sort by started, number, file, status or contributions)")
    PageOf<ImportJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return imports.list(Paging.of(page, size, sort == null ? "started,desc" : sort, Imports.SORTABLE))
                .map(ImportJson::of);
    }
}
