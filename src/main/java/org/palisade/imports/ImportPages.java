package org.palisade.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violation;
import org.palisade.platform.WebPages;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages of imports: the upload form beside the template and past imports, the dry run's report (what would
 * be created, every problem by row and column), and one import with its progress, polled by htmx while it
 * runs, then its outcome. Starting the import of a checked file posts its digest: sending the form twice
 * meets the file's import already under way, and records nothing twice.
 */
@WebPages
@RequestMapping("/imports")
class ImportPages {

    static final int PAGE_SIZE = 20;
    private static final Pattern FIELD = Pattern.compile("rows\\[(\\d+)](?:\\.(.+))?");

    private final Imports imports;
    private final MessageSource messages;

    ImportPages(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** One problem placed by row and column, in the reader's language. */
    record PageProblem(Integer row, String column, String message) {
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Imports.SORTABLE.read(sort, dir, Imports.SORTABLE.first("started"));
        model.addAttribute("result", imports.list(Paging.of(page, PAGE_SIZE, order)));
        model.addAttribute("sorting", SortOrder.Links.at("/imports", order, Imports.SORTABLE, "started", "imports.started",
                "number", "imports.number", "file", "imports.file", "status", "imports.status",
                "contributions", "imports.contributions"));
        model.addAttribute("columns", List.of(ImportColumn.values()));
        model.addAttribute("programs", RowCheck.PROGRAMS);
        model.addAttribute("categories", RowCheck.CATEGORIES);
        return "imports/index";
    }

    @PostMapping("/dry-run")
    String dryRun(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        try {
            DryRun dryRun = imports.upload(file.getOriginalFilename(), file.getBytes());
            model.addAttribute("dryRun", dryRun);
            model.addAttribute("problems", problems(dryRun.problems(), locale));
            return "imports/dry-run";
        } catch (InvalidRequest refused) {
            model.addAttribute("fileProblems", problems(refused.violations(), locale));
            model.addAttribute("fileName", file.getOriginalFilename());
            return index(0, null, null, model);
        }
    }

    @PostMapping("/start")
    String start(@RequestParam("digest") String digest) {
        return "redirect:/imports/" + imports.startUploaded(digest).job().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        outcome(id, model, locale);
        return "imports/show";
    }

    /** The outcome area alone, which the page polls while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model, Locale locale) {
        outcome(id, model, locale);
        return "imports/show :: outcome";
    }

    private void outcome(UUID id, Model model, Locale locale) {
        ImportJob job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("problems", job.problems().stream()
                .map(p -> new PageProblem(p.row(), p.column(), p.in(locale))).toList());
    }

    List<PageProblem> problems(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> {
            String message = v.wording() == null ? v.message() : messages.getMessage(v.wording(), locale);
            Matcher m = FIELD.matcher(v.field());
            return m.matches() ? new PageProblem(Integer.valueOf(m.group(1)), m.group(2), message)
                    : new PageProblem(null, null, message);
        }).toList();
    }
}
