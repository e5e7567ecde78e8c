package org.palisade.deliveries;

import java.util.UUID;
import org.palisade.audit.AuditedRecords;
import org.palisade.packages.Packages;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/** A shipment's audit history is shown to exactly those who may see its package. */
@Component
class ShipmentHistory implements AuditedRecords {

    private final ShipmentRepository repository;
    private final Packages packages;
    ShipmentHistory(ShipmentRepository repository, Packages packages) {
        this.repository = repository;
        this.packages = packages;
    }

    @Override
    public String recordType() {
        return Deliveries.RECORD_TYPE;
    }

    @Override
    public boolean readableBy(Viewer viewer, UUID recordId) {
        // the packages module answers for the current viewer, who is the one reading the history
        return repository.find(recordId).map(s -> !packages.all(java.util.List.of(s.packageId())).isEmpty())
                .orElse(false);
    }
}
