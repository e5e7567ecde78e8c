package org.palisade.requirements;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Items by their description and list versions by their number, of lists the viewer may read. */
    @Override
    public Map<UUID, String> names(Set<UUID> ids, Viewer viewer, Locale language) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Boolean> readable = new HashMap<>();
        for (RequirementItem item : repository.findItems(ids)) {
            if (readable.computeIfAbsent(item.listId(), id -> readableBy(viewer, id))) {
                names.put(item.id(), item.description());
            }
        }
        for (UUID id : ids) {
            // a history holds a handful of ids; the few that are not items may be list versions (basedOnId)
            if (!names.containsKey(id)) {
                repository.find(id).filter(l -> Visibility.mayRead(viewer, l.disclosure(), l.ownerId()))
                        .ifPresent(l -> names.put(l.id(), String.valueOf(l.number())));
            }
        }
        return names;
    }
}
