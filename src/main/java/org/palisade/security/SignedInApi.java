package org.palisade.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells a client whom the server takes it for: useful to check a token or a password before real calls. */
@RestController
@RequestMapping("/api/v1/me")
class SignedInApi {

    private final CurrentViewer currentViewer;

    SignedInApi(CurrentViewer currentViewer) {
        this.currentViewer = currentViewer;
    }

    /**
     * @param signedIn         false for a visitor
     * @param username         the name the audit trail records
     * @param organisationId   the user's organisation
     * @param organisationCode its code, e.g. "NLD"
     * @param roles            the user's roles, sorted
     */
    record Me(boolean signedIn, String username, UUID organisationId, String organisationCode, List<Role> roles) {
    }

    @GetMapping
    @Operation(summary = "The signed-in user (or a visitor) as the server sees them")
    Me me() {
        return currentViewer.signedIn()
                .map(u -> new Me(true, u.username(), u.organisationId(), u.organisationCode(),
                        u.roles().stream().sorted().toList()))
                .orElseGet(() -> new Me(false, currentViewer.username(), null, null, List.of()));
    }
}
