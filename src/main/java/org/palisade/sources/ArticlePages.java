package org.palisade.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.palisade.contributions.ContributionFilter;
import org.palisade.contributions.Contributions;
import org.palisade.money.CurrencyCode;
import org.palisade.money.Money;
import org.palisade.organisations.Organisations;
import org.palisade.packages.Packages;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.Idempotency;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.Paging;
import org.palisade.platform.Violations;
import org.palisade.platform.WebPages;
import org.palisade.sources.ReviewRefusal.AmountMissing;
import org.palisade.sources.ReviewRefusal.FileUnreadable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the review of articles: the queue, the import form (paste or upload), one article with its text and
 * candidates (the sentences they were read from marked), and one candidate with the forms that accept it (fields
 * editable, onto a new pledge or an existing record) or reject it with a reason.
 */
@WebPages
@RequestMapping("/articles")
class ArticlePages {

    static final int PAGE_SIZE = 20;
    /** Records offered to attach a candidate to: enough to choose from without a search. */
    static final int CHOICES = 100;

    private final ArticleReview review;
    private final ArticleViews articles;
    private final ClaimViews views;
    private final Contributions contributions;
    private final Packages packages;
    private final Organisations organisations;
    private final Idempotency idempotency;

    ArticlePages(ArticleReview review, ArticleViews articles, ClaimViews views, Contributions contributions, Packages packages,
            Organisations organisations, Idempotency idempotency) {
        this.review = review;
        this.articles = articles;
        this.views = views;
        this.contributions = contributions;
        this.packages = packages;
        this.organisations = organisations;
        this.idempotency = idempotency;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("queue", articles.queue(!all, Paging.of(page, PAGE_SIZE, null, ArticleViews.SORTABLE)));
        model.addAttribute("all", all);
        return "sources/articles";
    }

    @GetMapping("/new")
    String newArticle(Model model) {
        model.addAttribute("form", new ArticleForm());
        return "sources/article-form";
    }

    @PostMapping
    String importArticle(@ModelAttribute("form") ArticleForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (result.hasErrors()) {
            return "sources/article-form";
        }
        try {
            String text = file != null && !file.isEmpty() ? readUtf8(file, "text") : form.getText();
            ArticleReview.Imported[] imported = {null};
            Idempotency.FormOutcome outcome = idempotency.onceForForm("article form", form.getFormKey(),
                    form.getFormKey(), () -> {
                        imported[0] = review.importArticle(new ArticleReview.ArticleDraft(text, form.getOutlet(),
                                form.getPublishedOn(), form.getLanguage(), form.getTitle(), form.getUrl()));
                        return "/articles/" + imported[0].article().id();
                    });
            if (outcome.repeated()) {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("articles.notice.repeated"));
            } else if (imported[0].created()) {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("articles.notice.imported", imported[0].candidates()));
            } else {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("articles.notice.before",
                        imported[0].article().number()));
            }
            return "redirect:" + outcome.target();
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> switch (field) {
                case "text", "outlet", "publishedOn", "language", "title", "url" -> field;
                default -> null;
            });
            return "sources/article-form";
        }
    }

    @GetMapping("/{id}")
    String article(@PathVariable UUID id, Model model) {
        model.addAttribute("detail", articles.detail(id));
        return "sources/article";
    }

    @GetMapping("/{id}/candidates/{number}")
    String candidate(@PathVariable UUID id, @PathVariable int number, Model model) {
        ArticleViews.ArticleDetail detail = articles.detail(id);
        ArticleCandidate c = detail.candidate(number);
        if (!model.containsAttribute("acceptForm")) {
            model.addAttribute("acceptForm", CandidateForms.Accept.of(c, detail.mayAcceptAsPledge()));
        }
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", new CandidateForms.Reject());
        }
        return candidatePage(detail, c, model);
    }

    private String candidatePage(ArticleViews.ArticleDetail detail, ArticleCandidate c, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("candidate", c);
        model.addAttribute("paragraph", detail.paragraphs().stream()
                .filter(p -> p.stream().anyMatch(s -> s.candidates().contains(c.number()))).findFirst()
                .orElse(List.of()));
        if (c.waiting() && detail.mayReview()) {
            List<UUID> payers = c.contributors().isEmpty() ? List.of()
                    : organisations.resolveCodes(c.contributors(), "contributors", new Violations());
            ContributionFilter filter = payers.isEmpty() ? ContributionFilter.none() : ContributionFilter.anyOf(payers);
            List<UUID> ids = contributionIds(filter);
            if (ids.isEmpty() && !payers.isEmpty()) {
                // the payers may have been misread: the newest contributions of anyone, to choose from
                ids = contributionIds(ContributionFilter.none());
            }
            var refs = views.refs(ids, List.of());
            model.addAttribute("contributionChoices", ids.stream().map(refs::get).filter(java.util.Objects::nonNull)
                    .toList());
            model.addAttribute("packageChoices", packages.list(null, Paging.of(0, CHOICES, "number,desc",
                    Packages.SORTABLE)).items());
            model.addAttribute("bounds", ClaimBound.values());
            model.addAttribute("precisions", DatePrecision.values());
            model.addAttribute("programs", ClaimProgram.values());
        }
        return "sources/candidate";
    }

    private List<UUID> contributionIds(ContributionFilter filter) {
        return contributions.list(filter, Paging.of(0, CHOICES, "announced,desc", Contributions.SORTABLE)).items()
                .stream().map(org.palisade.contributions.Contribution::id).toList();
    }

    @PostMapping("/{id}/candidates/{number}/accept")
    String accept(@PathVariable UUID id, @PathVariable int number,
            @ModelAttribute("acceptForm") CandidateForms.Accept form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ArticleViews.ArticleDetail detail = articles.detail(id);
        ArticleCandidate c = detail.candidate(number);
        if (result.hasErrors()) {
            model.addAttribute("rejectForm", new CandidateForms.Reject());
            return candidatePage(detail, c, model);
        }
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("accept candidate form", form.getFormKey(), form,
                    () -> {
                        Violations v = new Violations();
                        review.accept(c.id(), new ArticleReview.Acceptance(form.getAs(), form.recordId(),
                                form.contributorCodes(), money(form, v), form.getBound(), form.getDate(),
                                form.getDatePrecision(), form.getProgram()), v);
                        return "/articles/" + id;
                    });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.repeated() ? "articles.notice.decided-repeated"
                    : "articles.notice.accepted", number));
            return "redirect:" + outcome.target() + "#candidate-" + number;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> {
                String claimField = ClaimForm.claimField(field);
                if (claimField != null) {
                    return claimField;
                }
                if (field.equals("recordId")) {
                    return form.getAs() == ArticleReview.AcceptAs.PACKAGE ? "packageId" : "contributionId";
                }
                return field.equals("as") ? field : null;
            });
            model.addAttribute("rejectForm", new CandidateForms.Reject());
            return candidatePage(detail, c, model);
        }
    }

    @PostMapping("/{id}/candidates/{number}/reject")
    String reject(@PathVariable UUID id, @PathVariable int number,
            @ModelAttribute("rejectForm") CandidateForms.Reject form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ArticleViews.ArticleDetail detail = articles.detail(id);
        ArticleCandidate c = detail.candidate(number);
        try {
            Idempotency.FormOutcome outcome = idempotency.onceForForm("reject candidate form", form.getFormKey(), form,
                    () -> {
                        review.reject(c.id(), form.getReason());
                        return "/articles/" + id;
                    });
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice(outcome.repeated() ? "articles.notice.decided-repeated"
                    : "articles.notice.rejected", number));
            return "redirect:" + outcome.target() + "#candidate-" + number;
        } catch (InvalidRequest refusal) {
            FormRefusals.bind(refusal, result, field -> "reason".equals(field) ? "reason" : null);
            model.addAttribute("acceptForm", CandidateForms.Accept.of(c, detail.mayAcceptAsPledge()));
            return candidatePage(detail, c, model);
        }
    }

    /** The amount as edited; problems (a missing amount or currency, too many decimals) go to their fields. */
    private static Money money(CandidateForms.Accept form, Violations v) {
        if (form.getAmount() == null) {
            v.add("amount", new AmountMissing());
            return null;
        }
        if (form.getCurrency() == null || form.getCurrency().isBlank()) {
            v.add("amount.currency", new ClaimRefusal.CurrencyMissing());
            return null;
        }
        try {
            return Money.of(form.getAmount(), CurrencyCode.of(form.getCurrency().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            v.add("amount", new ClaimRefusal.AmountOutOfRange(form.getAmount(), form.getCurrency().strip()));
            return null;
        }
    }

    /** An uploaded article's text: UTF-8 (a byte-order mark is dropped); anything else is refused, never guessed. */
    static String readUtf8(MultipartFile file, String field) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequest(field, new FileUnreadable(file.getOriginalFilename() == null ? "" : file.getOriginalFilename()));
        }
    }
}
