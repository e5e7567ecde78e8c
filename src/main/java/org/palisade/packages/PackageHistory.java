package org.palisade.packages;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.audit.AuditedRecords;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/** A package's audit history is shown to exactly those who may read the package. */
@Component
class PackageHistory implements AuditedRecords {

    private final PackageRepository repository;

    PackageHistory(PackageRepository repository) {
        this.repository = repository;
    }

    @Override
    public String recordType() {
        return "package";
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        return repository.find(recordId, viewer).isPresent();
    }

    @Override
    public Map<UUID, String> names(Set<UUID> ids, Viewer viewer, Locale language) {
        return repository.load(repository.visible(ids, viewer)).stream()
                .collect(Collectors.toMap(AidPackage::id, p -> p.number() + " · " + p.name()));
    }
}
