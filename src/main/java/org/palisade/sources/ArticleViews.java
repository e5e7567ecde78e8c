package org.palisade.sources;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review of articles shows, read in a fixed number of statements: the queue with its counts, and one
 * article with its text, its candidates and the records accepted ones went to (as the reader may see them). Read
 * by reviewers and auditors ({@link SourcePermissions#toReadReview}).
 */
@Service
class ArticleViews {

    static final org.palisade.platform.SortOrder.Columns SORTABLE = org.palisade.platform.SortOrder.Columns.of(
            "imported", "a.imported_at").descendingFirst("imported");
    static final String ARTICLE_TYPE = ArticleReview.ARTICLE_TYPE;
    static final String CANDIDATE_TYPE = ArticleReview.CANDIDATE_TYPE;

    private final ArticleRepository repository;
    private final SourceRepository sourceRows;
    private final ClaimRepository claimRows;
    private final ClaimViews views;
    private final CurrentViewer current;
    private final AccessPolicy access;

    ArticleViews(ArticleRepository repository, SourceRepository sourceRows, ClaimRepository claimRows,
            ClaimViews views, CurrentViewer current, AccessPolicy access) {
        this.repository = repository;
        this.sourceRows = sourceRows;
        this.claimRows = claimRows;
        this.views = views;
        this.current = current;
        this.access = access;
    }

    /** One line of the queue, and the counts of every candidate per status. */
    record Queue(PageOf<ArticleRepository.QueueLine> articles, long waiting, long accepted, long rejected,
            boolean onlyWaiting) {
    }

    /** The articles, newest first ({@code onlyWaiting}: those with a candidate still waiting), with counts. */
    @Transactional(readOnly = true)
    Queue queue(boolean onlyWaiting, Paging paging) {
        access.require(SourcePermissions.toReadReview(), Target.newRecord(ARTICLE_TYPE, null));
        long[] counts = repository.countsPerStatus();
        return new Queue(PageOf.of(repository.queue(onlyWaiting, paging.size(), paging.offset()), paging,
                repository.countArticles(onlyWaiting)), counts[0], counts[1], counts[2], onlyWaiting);
    }

    /** A sentence of the article, and the numbers of the candidates read from it. */
    record Sentence(String text, List<Integer> candidates) {
        public boolean marked() {
            return !candidates.isEmpty();
        }
    }

    /**
     * An article as its page shows it: its source, its text with the sentences candidates were read from, its
     * candidates, the records accepted candidates went to (as the reader may see them), and what the reader may do.
     */
    record ArticleDetail(ImportedArticle article, Source source, List<List<Sentence>> paragraphs,
            List<ArticleCandidate> candidates, Map<UUID, Claim> acceptedClaims, Map<UUID, ClaimViews.RecordRef> records,
            boolean mayReview, boolean mayAcceptAsPledge) {

        /**
         * The claim an accepted candidate became, as recorded (with the reviewer's edits), or null; only when the
         * reader may see the record it is about, as the claim itself is seen.
         */
        public Claim claimOf(ArticleCandidate c) {
            Claim claim = c.claimId() == null ? null : acceptedClaims.get(c.claimId());
            return claim == null || !records.containsKey(claim.recordId()) ? null : claim;
        }

        public ArticleCandidate candidate(int number) {
            return candidates.stream().filter(c -> c.number() == number).findFirst()
                    .orElseThrow(() -> new NotFound("candidate", number));
        }

        /** Where an accepted candidate went: its claim's record. */
        public ClaimViews.RecordRef recordOf(ArticleCandidate c) {
            Claim claim = claimOf(c);
            return claim == null ? null : records.get(claim.recordId());
        }
    }

    @Transactional(readOnly = true)
    ArticleDetail detail(UUID id) {
        access.require(SourcePermissions.toReadReview(), new Target(ARTICLE_TYPE, id, null));
        ImportedArticle article = repository.find(id).orElseThrow(() -> new NotFound(ARTICLE_TYPE, id));
        Source source = sourceRows.find(article.sourceId()).orElseThrow();
        List<ArticleCandidate> found = repository.candidates(id);
        List<List<Sentence>> paragraphs = article.paragraphs().stream().map(p -> p.stream()
                .map(s -> new Sentence(s, found.stream().filter(c -> c.evidence().equals(s))
                        .map(ArticleCandidate::number).toList())).toList()).toList();
        List<UUID> claimIds = found.stream().map(ArticleCandidate::claimId).filter(java.util.Objects::nonNull).toList();
        // the records are then read as the reader may see them: a hidden one is simply not linked
        List<Claim> accepted = claimRows.all(claimIds);
        Map<UUID, Claim> acceptedClaims = new java.util.HashMap<>();
        accepted.forEach(c -> acceptedClaims.put(c.id(), c));
        Map<UUID, ClaimViews.RecordRef> records = views.refs(
                accepted.stream().map(Claim::contributionId).filter(java.util.Objects::nonNull).toList(),
                accepted.stream().map(Claim::packageId).filter(java.util.Objects::nonNull).toList());
        var viewer = current.viewer();
        return new ArticleDetail(article, source, paragraphs, found, acceptedClaims, records,
                SourcePermissions.toReview().grants(viewer), SourcePermissions.toAcceptAsPledge().grants(viewer));
    }

    /** The article imported as this source, if it was one (for the source's page). */
    @Transactional(readOnly = true)
    java.util.Optional<UUID> articleOf(UUID sourceId) {
        return repository.ofSource(sourceId).map(ImportedArticle::id);
    }

    /** The candidate with the article it belongs to (for the API). */
    @Transactional(readOnly = true)
    ArticleCandidate candidate(UUID id) {
        access.require(SourcePermissions.toReadReview(), new Target(CANDIDATE_TYPE, id, null));
        return repository.candidate(id).orElseThrow(() -> new NotFound("candidate", id));
    }
}
