package org.palisade.organisations;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/** Organisations are public reference data, and so is the history of each. */
@Component
class OrganisationHistory implements AuditedRecords {

    private final OrganisationRepository repository;
    private final Organisations organisations;
    private final OrganisationNames names;

    OrganisationHistory(OrganisationRepository repository, Organisations organisations, OrganisationNames names) {
        this.repository = repository;
        this.organisations = organisations;
        this.names = names;
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        return repository.find(recordId).isPresent();
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids, Viewer viewer, Locale language) {
        return organisations.all(ids).stream().collect(Collectors.toMap(Organisation::id, o -> names.name(o, language)));
    }
}
