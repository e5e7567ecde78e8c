package org.palisade.requirements;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the prioritized requirement list. */
@Service
public class Requirements {

    /**
     * The items with these ids, locked (SELECT ... FOR UPDATE) until the caller's transaction ends, so two
     * packages taking the same item are allocated one after the other. Unknown ids are simply absent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RequirementItem> lockItemsForAllocation(Collection<UUID> itemIds) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
