package org.palisade.audit;

import java.util.UUID;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** REST: the verification of the chain (administrators, auditors) and the history of one record. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail trail;
    private final CurrentViewer currentViewer;

    AuditApi(AuditTrail trail, CurrentViewer currentViewer) {
        this.trail = trail;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/verification")
    Verification verification() {
        Viewer viewer = currentViewer.viewer();
        // The result names entries but shows none of their content, so auditors may run it too.
        if (!(viewer.system() || viewer.has(Role.ADMINISTRATOR) || viewer.has(Role.AUDITOR))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only administrators and auditors may verify the audit trail");
        }
        return trail.verify();
    }

    @GetMapping("/records/{type}/{id}")
    RecordHistory history(@PathVariable String type, @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return trail.historyReadableBy(currentViewer.viewer(), type, id, new Paging(page, size));
    }
}
