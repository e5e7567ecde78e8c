package org.palisade.sources;

/** Where a candidate claim of an article stands: waiting for a reviewer, accepted into the ledger, or rejected. */
public enum CandidateStatus {
    WAITING, ACCEPTED, REJECTED
}
