package org.palisade.organisations;

import java.util.UUID;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/** Organisations are public reference data, and so is the history of each. */
@Component
class OrganisationHistory implements AuditedRecords {

    private final OrganisationRepository repository;

    OrganisationHistory(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        return repository.find(recordId).isPresent();
    }
}
