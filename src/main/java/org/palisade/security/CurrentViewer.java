package org.palisade.security;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request. Use cases ask this bean, never the HTTP layer, so the same rules apply
 * to the API and the pages. Until sign-in exists every caller acts as the system.
 */
@Component
public class CurrentViewer {

    public Viewer viewer() {
        return Viewer.SYSTEM;
    }

    /** The name recorded in the audit trail for the current actor. */
    public String username() {
        return "system";
    }

    /** The organisation of the current actor, or null. */
    public UUID organisationId() {
        return viewer().organisationId();
    }
}
