package org.palisade.sources;

import java.util.UUID;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * The audit histories of sources, claims and conflicts are shown to exactly those who may read them: a source
 * as its disclosure allows, a claim and a conflict as the record they are about, an imported article and its
 * candidates as the review is read.
 */
final class SourceHistory {

    private SourceHistory() {
    }

    @Component
    static class OfSources implements AuditedRecords {
        private final SourceRepository sources;

        OfSources(SourceRepository sources) {
            this.sources = sources;
        }

        @Override
        public String recordType() {
            return Sources.RECORD_TYPE;
        }

        @Override
        public boolean readableBy(Viewer viewer, UUID recordId) {
            return sources.find(recordId, viewer).isPresent();
        }
    }

    @Component
    static class OfClaims implements AuditedRecords {
        private final ClaimRepository claims;

        OfClaims(ClaimRepository claims) {
            this.claims = claims;
        }

        @Override
        public String recordType() {
            return Claims.RECORD_TYPE;
        }

        @Override
        public boolean readableBy(Viewer viewer, UUID recordId) {
            return claims.find(recordId, viewer).isPresent();
        }
    }

    @Component
    static class OfConflicts implements AuditedRecords {
        private final ConflictRepository conflicts;

        OfConflicts(ConflictRepository conflicts) {
            this.conflicts = conflicts;
        }

        @Override
        public String recordType() {
            return Claims.CONFLICT_TYPE;
        }

        @Override
        public boolean readableBy(Viewer viewer, UUID recordId) {
            return conflicts.find(recordId, viewer).isPresent();
        }
    }

    /** Imported articles and their candidates: read by whoever reads the review (reviewers and auditors). */
    @Component
    static class OfArticles implements AuditedRecords {
        @Override
        public String recordType() {
            return ArticleReview.ARTICLE_TYPE;
        }

        @Override
        public boolean readableBy(Viewer viewer, UUID recordId) {
            return SourcePermissions.toReadReview().grants(viewer);
        }
    }

    @Component
    static class OfCandidates implements AuditedRecords {
        @Override
        public String recordType() {
            return ArticleReview.CANDIDATE_TYPE;
        }

        @Override
        public boolean readableBy(Viewer viewer, UUID recordId) {
            return SourcePermissions.toReadReview().grants(viewer);
        }
    }
}
