package org.palisade.contributions;

import java.util.UUID;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/** A contribution's audit history is shown to exactly those who may read the contribution. */
@Component
class ContributionHistory implements AuditedRecords {

    private final ContributionRepository repository;

    ContributionHistory(ContributionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String recordType() {
        return "contribution";
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        return repository.find(recordId, viewer).isPresent();
    }
}
