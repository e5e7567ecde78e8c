package org.palisade.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.ContributionBatch;
import org.palisade.contributions.ContributionStage;
import org.palisade.contributions.Contributions;
import org.palisade.contributions.Program;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.palisade.packages.Packages;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.sources.ClaimRefusal.CurrencyMissing;
import org.palisade.sources.ClaimRefusal.ReasonMissing;
import org.palisade.sources.ReviewRefusal.AmountMissing;
import org.palisade.sources.ReviewRefusal.CandidateDecided;
import org.palisade.sources.ReviewRefusal.ContributorsMissing;
import org.palisade.sources.ReviewRefusal.LanguageNotRead;
import org.palisade.sources.ReviewRefusal.NotAContributor;
import org.palisade.sources.ReviewRefusal.PledgeDateInFuture;
import org.palisade.sources.ReviewRefusal.PledgeDateMissing;
import org.palisade.sources.ReviewRefusal.PublishedMissing;
import org.palisade.sources.ReviewRefusal.RecordMissing;
import org.palisade.sources.ReviewRefusal.TextMissing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the review of news articles: import one (it becomes a news-article source and its candidate claims
 * wait for review), and decide about each candidate: accept it (as a new public pledge with a claim resting on the
 * article, or as a claim about an existing contribution or package) or reject it with a reason. Nothing enters the
 * ledger unreviewed; each decision is audited and made once, in one transaction (the pledge, its claim and the
 * candidate's status commit or roll back together). What the pages read: {@link ArticleViews}. Who may do what:
 * {@link SourcePermissions}.
 */
@Service
public class ArticleReview {

    static final String ARTICLE_TYPE = "article";
    static final String CANDIDATE_TYPE = "candidate-claim";
    /** Longest text read at once (as the extraction endpoint reads). */
    static final int MAX_TEXT = ArticleApi.MAX_TEXT;
    static final int MAX_TITLE = 200;

    private final ArticleRepository repository;
    private final Sources sources;
    private final Claims claims;
    private final Contributions contributions;
    private final ContributionBatch batch;
    private final Packages packages;
    private final Organisations organisations;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleReview(ArticleRepository repository, Sources sources, Claims claims, Contributions contributions,
            ContributionBatch batch, Packages packages, Organisations organisations, CurrentViewer current,
            AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.claims = claims;
        this.contributions = contributions;
        this.batch = batch;
        this.packages = packages;
        this.organisations = organisations;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An article as a person hands it in.
     *
     * @param text  plain text or HTML; markup is stripped
     * @param title optional: the article's first line (its headline) when not given
     */
    public record ArticleDraft(String text, String outlet, LocalDate published, String language, String title,
            String url) {
    }

    /** What an import led to: the article (new, or the one imported before from the same text). */
    record Imported(ImportedArticle article, boolean created, int candidates) {
    }

    /** What accepting a candidate records it as. */
    public enum AcceptAs {
        /** A new public pledge of the general pool, with a claim about it resting on the article. */
        NEW_CONTRIBUTION,
        /** A claim about an existing contribution. */
        CONTRIBUTION,
        /** A claim about an existing package. */
        PACKAGE
    }

    /**
     * A reviewer's acceptance: where the candidate goes, and its fields as the reviewer edited them (a null field
     * takes the candidate's own value; an empty contributors list names none).
     *
     * @param recordId the contribution or package, for {@link AcceptAs#CONTRIBUTION} and {@link AcceptAs#PACKAGE}
     */
    public record Acceptance(AcceptAs as, UUID recordId, List<String> contributors, Money amount, ClaimBound bound,
            LocalDate date, DatePrecision datePrecision, ClaimProgram program) {
    }

    /**
     * Imports an article: records it as a public news-article source, reads its candidate claims and stores each
     * with its sentence, waiting. The same text again (same digest of its readable text, HTML or not) records
     * nothing and answers the article imported before.
     */
    @Transactional
    Imported importArticle(ArticleDraft d) {
        access.require(SourcePermissions.toReview(), Target.newRecord(ARTICLE_TYPE, current.organisationId()));
        Violations v = new Violations();
        String raw = d.text() == null ? "" : d.text();
        ArticleText readable = ArticleText.of(raw);
        String text = plain(readable);
        if (raw.length() > MAX_TEXT) {
            v.add("text", new SourceRefusal.TooLong(MAX_TEXT, raw.length()));
        } else {
            v.check(!text.isBlank(), "text", new TextMissing(MAX_TEXT));
        }
        String language = Sources.text(d.language());
        v.check(language == null || english(language), "language", new LanguageNotRead(language));
        v.check(d.published() != null, "publishedOn", new PublishedMissing());
        if (!v.isEmpty()) {
            // the source's own rules too, so that every problem is named at once
            sourceProblems(d, v);
            v.throwIfAny();
        }
        String digest = sha256(text);
        repository.lockDigest(digest);
        var before = repository.byDigest(digest);
        if (before.isPresent()) {
            return new Imported(before.get(), false, repository.candidates(before.get().id()).size());
        }
        Source source = sources.recordSource(new SourceDraft(SourceKind.NEWS_ARTICLE, d.outlet(), title(d, readable),
                d.url(), d.published(), language == null ? "en" : language, null, Disclosure.PUBLIC), v);
        Instant now = clock.instant();
        ImportedArticle draft = new ImportedArticle(UUID.randomUUID(), 0, source.id(), digest, text, now,
                current.username());
        repository.insert(draft);
        ImportedArticle article = repository.find(draft.id()).orElseThrow();
        List<CandidateClaim> read = CandidateClaims.from(new Article(text, d.published(), source.outlet(), language));
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            numbers.add(repository.insert(ArticleCandidate.of(article.id(), i + 1, read.get(i))));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", article.number());
        after.put("sourceId", source.id());
        after.put("digest", digest);
        after.put("candidates", numbers);
        events.publishEvent(new RecordChanged(ARTICLE_TYPE, article.id(), source.owner(), "imported", null, after,
                null));
        return new Imported(article, true, read.size());
    }

    /**
     * Imports an article for review (see {@link #importArticle}) and returns its id: for other modules, e.g. the
     * demo data, under the same permission and audit.
     */
    @Transactional
    public UUID importForReview(ArticleDraft d) {
        return importArticle(d).article().id();
    }

    /** The source's own first rule, checked ahead so that a refused import names every problem at once. */
    private static void sourceProblems(ArticleDraft d, Violations v) {
        String outlet = Sources.text(d.outlet());
        v.check(outlet != null && outlet.length() <= Sources.MAX_OUTLET, "outlet",
                new SourceRefusal.OutletMissing(Sources.MAX_OUTLET));
    }


    /**
     * Accepts a waiting candidate, all or nothing: as a new public pledge (recorded as an import records pledges,
     * with its audit entry) with a claim about it resting on the article, or as a claim about an existing
     * contribution or package; then the candidate is accepted. A candidate decided meanwhile, also by a second
     * reviewer at the same moment, is refused naming who decided it.
     */
    @Transactional
    public ArticleCandidate accept(UUID candidateId, Acceptance a) {
        return accept(candidateId, a, new Violations());
    }

    /** {@link #accept(UUID, Acceptance)}, reporting its problems with those the caller found reading the input. */
    @Transactional
    public ArticleCandidate accept(UUID candidateId, Acceptance a, Violations v) {
        access.require(SourcePermissions.toReview(), new Target(CANDIDATE_TYPE, candidateId, null));
        if (a.as() == AcceptAs.NEW_CONTRIBUTION) {
            access.require(SourcePermissions.toAcceptAsPledge(), new Target(CANDIDATE_TYPE, candidateId, null));
        }
        ArticleCandidate before = waiting(candidateId);
        ImportedArticle article = repository.find(before.articleId()).orElseThrow();
        List<String> codes = a.contributors() == null ? before.contributors() : codes(a.contributors());
        Money amount = a.amount() != null ? a.amount() : before.money();
        if (amount == null && !v.mentions("amount")) {
            v.add(a.amount() == null && before.currency() == null ? "amount.currency" : "amount", before.currency() == null
                    ? new CurrencyMissing() : new AmountMissing());
        }
        LocalDate date = a.date() != null ? a.date() : before.date();
        DatePrecision precision = date == null ? null : a.datePrecision() != null ? a.datePrecision()
                : a.date() != null ? DatePrecision.DAY : before.datePrecision();
        ClaimProgram program = a.program() != null ? a.program() : before.program();
        ClaimDraft claim = new ClaimDraft(article.sourceId(), codes, amount, a.bound() != null ? a.bound() : before.bound(),
                date, precision, program, null, before.evidence());
        Claim recorded;
        UUID pledged = null;
        if (a.as() == null) {
            v.add("as", new RecordMissing());
            v.throwIfAny();
            throw new IllegalStateException();
        }
        switch (a.as()) {
            case NEW_CONTRIBUTION -> {
                List<UUID> contributors = contributors(codes, v);
                LocalDate today = LocalDate.now(clock);
                v.check(date != null, "date", new PledgeDateMissing());
                v.check(date == null || !date.isAfter(today), "date", new PledgeDateInFuture(date, today));
                if (amount != null && (!amount.isPositive() || amount.amount().compareTo(Money.MAX) > 0)) {
                    v.add("amount", new ClaimRefusal.AmountOutOfRange(amount.amount(), amount.currency().code()));
                }
                v.throwIfAny();
                pledged = pledge(contributors, amount, date, program, before, article);
                recorded = claims.recordFor(pledged, claim, v);
            }
            case CONTRIBUTION -> {
                if (a.recordId() == null || contributions.all(List.of(a.recordId())).isEmpty()) {
                    v.add("recordId", new RecordMissing());
                }
                v.throwIfAny();
                recorded = claims.recordFor(a.recordId(), claim, v);
            }
            case PACKAGE -> {
                if (a.recordId() == null || packages.visible(a.recordId()).isEmpty()) {
                    v.add("recordId", new RecordMissing());
                }
                v.throwIfAny();
                recorded = claims.recordForPackage(a.recordId(), claim, v);
            }
            default -> throw new IllegalStateException(a.as().name());
        }
        ArticleCandidate decided = before.accepted(current.username(), clock.instant(), recorded.id(), pledged);
        return decide(before, decided, "accepted", null);
    }

    /** Rejects a waiting candidate with its reason (required); it stays visible with the reason, who and when. */
    @Transactional
    public ArticleCandidate reject(UUID candidateId, String reason) {
        access.require(SourcePermissions.toReview(), new Target(CANDIDATE_TYPE, candidateId, null));
        String why = reason == null || reason.isBlank() || reason.strip().length() > Claims.MAX_REASON ? null
                : reason.strip();
        if (why == null) {
            throw new InvalidRequest("reason", new ReasonMissing(Claims.MAX_REASON));
        }
        ArticleCandidate before = waiting(candidateId);
        return decide(before, before.rejected(current.username(), clock.instant(), why), "rejected", why);
    }

    /** The candidate locked for this decision; refused when it is decided already. */
    private ArticleCandidate waiting(UUID candidateId) {
        ArticleCandidate locked = repository.lock(candidateId).orElseThrow(() -> new NotFound("candidate", candidateId));
        if (!locked.waiting()) {
            throw new Conflict(new CandidateDecided(locked.number(), locked.status(), locked.decidedBy()));
        }
        return locked;
    }

    private ArticleCandidate decide(ArticleCandidate before, ArticleCandidate decided, String action, String reason) {
        if (!repository.decide(decided)) {
            ArticleCandidate now = repository.candidate(before.id()).orElseThrow();
            throw new Conflict(new CandidateDecided(now.number(), now.status(), now.decidedBy()));
        }
        ArticleCandidate saved = repository.candidate(before.id()).orElseThrow();
        events.publishEvent(new RecordChanged(CANDIDATE_TYPE, saved.id(), null, action, before, saved, reason));
        return saved;
    }

    /** Organisation ids of the pledge's contributors, each registered as a contributor; problems under "contributors". */
    private List<UUID> contributors(List<String> codes, Violations v) {
        if (codes.isEmpty()) {
            v.add("contributors", new ContributorsMissing());
            return List.of();
        }
        List<UUID> ids = organisations.resolveCodes(codes, "contributors", v);
        for (Organisation o : organisations.all(ids)) {
            if (!o.is(OrganisationKind.CONTRIBUTOR)) {
                v.add("contributors[" + codes.indexOf(o.code().value()) + "]", new NotAContributor(o.code().value()));
            }
        }
        return ids;
    }

    /**
     * Records the pledge through the contributions module's entry point for pledges recorded on behalf of
     * nations from a document (the one imports use): public, of the general pool, pledged on the claim's date;
     * audited here as imports audit theirs, naming the article and the candidate.
     */
    private UUID pledge(List<UUID> contributors, Money amount, LocalDate on, ClaimProgram program,
            ArticleCandidate candidate, ImportedArticle article) {
        UUID id = batch.record(null, List.of(new ContributionBatch.Line(contributors, amount, ContributionStage.PLEDGED,
                on, program == ClaimProgram.OTHER ? Program.OTHER : Program.PURL, null, Disclosure.PUBLIC)),
                clock.instant(), written -> { }).get(0);
        Contribution c = contributions.get(id);
        events.publishEvent(new RecordChanged("contribution", id, c.owner(), "pledged", null, c,
                "candidate " + candidate.number() + " of article " + article.number()));
        return id;
    }

    private static List<String> codes(List<String> given) {
        List<String> codes = new ArrayList<>();
        for (String g : given) {
            String code = g == null ? "" : g.strip().toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String title(ArticleDraft d, ArticleText readable) {
        String given = Sources.text(d.title());
        if (given != null || readable.paragraphs().isEmpty()) {
            return given;
        }
        // the first paragraph of an article is its headline, often a sentence of its own
        String first = String.join(" ", readable.paragraphs().get(0));
        return first.length() <= MAX_TITLE ? first : first.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    /** The readable text as stored: sentences of a paragraph apart by a space, paragraphs by a blank line. */
    static String plain(ArticleText readable) {
        return String.join("\n\n", readable.paragraphs().stream().map(p -> String.join(" ", p)).toList());
    }

    /** The tags the extraction endpoint reads as English too. */
    static boolean english(String language) {
        String tag = language.strip().toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_") || tag.equals("eng")
                || tag.equals("english");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
