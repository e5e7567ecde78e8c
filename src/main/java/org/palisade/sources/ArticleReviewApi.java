package org.palisade.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.palisade.money.Money;
import org.palisade.money.MoneyAmount;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Violations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The review of news articles: import one (pasted as JSON or uploaded as a file), read the queue and an article's
 * candidate claims, accept or reject each. Who may: {@link SourcePermissions}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Article review", description = "News articles imported as sources; their candidate claims accepted into "
        + "the ledger or rejected, each by a person")
class ArticleReviewApi {

    private final ArticleReview review;
    private final ArticleViews articles;

    ArticleReviewApi(ArticleReview review, ArticleViews articles) {
        this.review = review;
        this.articles = articles;
    }

    record NewArticle(
            @Schema(description = "The article, plain text or HTML (UTF-8); markup is stripped",
                    requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(example = "Reuters", requiredMode = Schema.RequiredMode.REQUIRED) String outlet,
            @Schema(example = "2025-08-05", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate published,
            @Schema(description = "IETF tag; only English is read", example = "en") String language,
            @Schema(description = "Optional: the article's first line when not given") String title,
            @Schema(description = "Optional http(s) address") String url) {
    }

    record CandidateJson(UUID id, int number, UUID articleId, int position,
            @Schema(example = "500000000") String amount,
            @Schema(description = "ISO 4217, null when the text gives none") String currency, boolean approximate,
            String rangeLow, String rangeHigh, ClaimBound bound, List<String> contributors, LocalDate date,
            DatePrecision datePrecision, ClaimProgram program, ClaimKind kind, String evidence, CandidateStatus status,
            String decidedBy, Instant decidedAt, String reason, UUID claimId, UUID contributionId) {

        static CandidateJson of(ArticleCandidate c) {
            return new CandidateJson(c.id(), c.number(), c.articleId(), c.position(), plain(c.amount()),
                    c.currency() == null ? null : c.currency().code(), c.approximate(), plain(c.rangeLow()),
                    plain(c.rangeHigh()), c.bound(), c.contributors(), c.date(), c.datePrecision(), c.program(),
                    c.kind(), c.evidence(), c.status(), c.decidedBy(), c.decidedAt(), c.reason(), c.claimId(),
                    c.contributionId());
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros().toPlainString();
        }
    }

    record ArticleJson(UUID id, int number, SourceApi.SourceJson source, Instant importedAt, String importedBy,
            @Schema(description = "The readable text: paragraphs apart by a blank line") String text,
            @Schema(description = "True when this text had been imported before: nothing new was recorded")
            boolean alreadyImported,
            List<CandidateJson> candidates,
            @Schema(description = "What the caller may do with waiting candidates: reject, accept, accept-as-new-contribution")
            List<String> allowedActions) {
    }

    record QueueJson(PageOf<ArticleRepository.QueueLine> articles,
            @Schema(description = "Candidates of every article per status") Counts counts) {
    }

    record Counts(long waiting, long accepted, long rejected) {
    }

    record AcceptJson(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ArticleReview.AcceptAs as,
            @Schema(description = "The contribution or package, for CONTRIBUTION and PACKAGE") UUID recordId,
            @Schema(description = "Edited contributors (codes); omitted: the candidate's") List<String> contributors,
            @Schema(description = "Edited amount; omitted: the candidate's") MoneyAmount amount,
            ClaimBound bound, LocalDate date, DatePrecision datePrecision, ClaimProgram program) {
    }

    record RejectJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a news article for review (coordinators, administrators)",
            description = "Records it as a public news-article source and stores its candidate claims, waiting. The "
                    + "same text again (same digest of its readable text) records nothing: 200 with the article "
                    + "imported before; otherwise 201. English only.")
    ResponseEntity<ArticleJson> importArticle(@RequestBody NewArticle body) {
        return imported(review.importArticle(new ArticleReview.ArticleDraft(body.text(), body.outlet(),
                body.published(), body.language(), body.title(), body.url())));
    }

    @PostMapping(path = "/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a news article uploaded as a file (plain text or HTML, UTF-8)",
            description = "Fields file, outlet, published (YYYY-MM-DD), language, title, url; as the JSON import")
    ResponseEntity<ArticleJson> uploadArticle(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String outlet,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate published,
            @RequestParam(required = false) String language, @RequestParam(required = false) String title,
            @RequestParam(required = false) String url) throws IOException {
        String text = ArticlePages.readUtf8(file, "file");
        return imported(review.importArticle(new ArticleReview.ArticleDraft(text, outlet, published, language, title,
                url)));
    }

    private ResponseEntity<ArticleJson> imported(ArticleReview.Imported imported) {
        UUID id = imported.article().id();
        ArticleJson json = json(articles.detail(id), !imported.created());
        URI location = URI.create("/api/v1/articles/" + id);
        return imported.created() ? ResponseEntity.created(location).body(json)
                : ResponseEntity.ok().location(location).body(json);
    }

    @GetMapping("/articles")
    @Operation(summary = "The review queue: articles newest first with their candidates per status",
            description = "waiting=true (the default) lists only articles with a candidate still waiting; false lists "
                    + "all. Coordinators, administrators and auditors")
    QueueJson queue(@RequestParam(defaultValue = "true") boolean waiting, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ArticleViews.Queue q = articles.queue(waiting, Paging.of(page, size, null, ArticleViews.SORTABLE));
        return new QueueJson(q.articles(), new Counts(q.waiting(), q.accepted(), q.rejected()));
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One article with its text and its candidate claims, waiting and decided")
    ArticleJson article(@PathVariable UUID id) {
        return json(articles.detail(id), false);
    }

    @GetMapping("/candidates/{id}")
    @Operation(summary = "One candidate claim")
    CandidateJson candidate(@PathVariable UUID id) {
        return CandidateJson.of(articles.candidate(id));
    }

    @PostMapping("/candidates/{id}/accept")
    @Operation(summary = "Accept a candidate, with its fields as edited",
            description = "as NEW_CONTRIBUTION (coordinators: a public pledge of the general pool with a claim resting "
                    + "on the article), CONTRIBUTION or PACKAGE with recordId (a claim about it; the claim permission "
                    + "applies). All or nothing; a candidate decided before, also at the same moment, is 409 naming who")
    CandidateJson accept(@PathVariable UUID id, @RequestBody AcceptJson body) {
        Violations v = new Violations();
        Money amount = body.amount() == null ? null : body.amount().toMoney("amount", v);
        return CandidateJson.of(review.accept(id, new ArticleReview.Acceptance(body.as(), body.recordId(),
                body.contributors(), amount, body.bound(), body.date(), body.datePrecision(), body.program()), v));
    }

    @PostMapping("/candidates/{id}/reject")
    @Operation(summary = "Reject a candidate with its reason (required); it stays visible with the reason")
    CandidateJson reject(@PathVariable UUID id, @RequestBody RejectJson body) {
        return CandidateJson.of(review.reject(id, body == null ? null : body.reason()));
    }

    private static ArticleJson json(ArticleViews.ArticleDetail d, boolean alreadyImported) {
        List<String> actions = new java.util.ArrayList<>();
        if (d.mayReview()) {
            actions.addAll(List.of("reject", "accept"));
        }
        if (d.mayAcceptAsPledge()) {
            actions.add("accept-as-new-contribution");
        }
        return new ArticleJson(d.article().id(), d.article().number(), SourceApi.SourceJson.of(d.source()),
                d.article().importedAt(), d.article().importedBy(), d.article().text(), alreadyImported,
                d.candidates().stream().map(CandidateJson::of).toList(), actions);
    }
}
