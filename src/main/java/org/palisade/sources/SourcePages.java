package org.palisade.sources;

import java.util.UUID;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.Violations;
import org.palisade.platform.WebPages;
import org.palisade.security.Disclosure;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of sources: the list, one source with the claims resting on it, and the form to record one. */
@WebPages
@RequestMapping("/sources")
class SourcePages {

    static final int PAGE_SIZE = 20;

    private final Sources sources;
    private final Claims claims;
    private final ClaimViews views;
    private final Idempotency idempotency;
    private final ArticleViews articles;
    private final org.palisade.security.CurrentViewer current;

    SourcePages(Sources sources, Claims claims, ClaimViews views, Idempotency idempotency, ArticleViews articles,
            org.palisade.security.CurrentViewer current) {
        this.articles = articles;
        this.current = current;
        this.sources = sources;
        this.claims = claims;
        this.views = views;
        this.idempotency = idempotency;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        SortOrder order = Sources.SORTABLE.read(sort, dir, Sources.SORTABLE.first("published"));
        model.addAttribute("result", sources.list(Paging.of(page, PAGE_SIZE, order)));
        model.addAttribute("sorting", SortOrder.Links.of(order, Sources.SORTABLE, "published", "sources.published",
                "title", "sources.source", "outlet", "sources.outlet", "kind", "sources.kind",
                "language", "sources.language"));
        return "sources/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Source s = sources.get(id);
        var resting = claims.ofSource(id);
        model.addAttribute("source", s);
        // an imported article links to its candidate claims, for those who may read the review
        model.addAttribute("articleId", SourcePermissions.toReadReview().grants(current.viewer())
                ? articles.articleOf(id).orElse(null) : null);
        model.addAttribute("claims", resting);
        model.addAttribute("records", views.refs(
                resting.stream().map(Claim::contributionId).filter(java.util.Objects::nonNull).toList(),
                resting.stream().map(Claim::packageId).filter(java.util.Objects::nonNull).toList()));
        return "sources/show";
    }

    @GetMapping("/new")
    String newSource(Model model) {
        model.addAttribute("form", new SourceForm());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("disclosures", Disclosure.values());
        return "sources/form";
    }

    @PostMapping
    String record(@ModelAttribute("form") SourceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("source form", form.getFormKey(), form,
                    () -> "/sources/" + sources.recordSource(form.draft(), new Violations()).id());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.repeated() ? "sources.recorded.repeated"
                    : "sources.recorded.notice"));
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "kind", "outlet", "title", "url", "publishedOn", "language", "excerpt" -> field;
                default -> null;
            });
            return form(model);
        }
    }
}
