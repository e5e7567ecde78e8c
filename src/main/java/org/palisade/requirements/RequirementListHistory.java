package org.palisade.requirements;

import java.util.UUID;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.palisade.security.Visibility;
import org.springframework.stereotype.Component;

/** A requirement list's audit history is shown to exactly those who may read the list. */
@Component
class RequirementListHistory implements AuditedRecords {

    private final RequirementListRepository repository;

    RequirementListHistory(RequirementListRepository repository) {
        this.repository = repository;
    }

    @Override
    public String recordType() {
        return Requirements.RECORD_TYPE;
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        return repository.find(recordId).map(l -> Visibility.mayRead(viewer, l.disclosure(), l.ownerId()))
                .orElse(false);
    }
}
