package org.palisade.audit;

import java.util.UUID;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.security.AccessPolicy;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: the verification of the chain (administrators, auditors) and the history of one record. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;
    private final CurrentViewer currentViewer;
    private final AccessPolicy access;

    AuditApi(AuditTrail trail, CurrentViewer currentViewer, AccessPolicy access) {
        this.trail = trail;
        this.currentViewer = currentViewer;
        this.access = access;
    }

    @GetMapping("/verification")
    Verification verification() {
        // The result names entries but shows none of their content, so auditors may run it too.
        access.requireRole("verify the audit trail", AccessPolicy.Target.newRecord("audit-trail", null),
                Role.ADMINISTRATOR, Role.AUDITOR);
        return trail.verify();
    }

    /** One record's history: newest first unless {@code sort=sequence,asc}. */
    @GetMapping("/records/{type}/{id}")
    PageOf<AuditEntry> history(@PathVariable String type, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "sequence,desc") String sort) {
        return trail.historyReadableBy(currentViewer.viewer(), type, id,
                Paging.of(page, size, sort, AuditTrail.HISTORY_SORT));
    }
}
