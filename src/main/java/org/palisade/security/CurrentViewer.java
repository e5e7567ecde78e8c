package org.palisade.security;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is making the current request. Use cases ask this bean, never the HTTP layer, so the same rules apply
 * to the API and the pages.
 *
 * <ul>
 *   <li>A signed-in person (password, OpenID Connect or bearer token): their organisation and roles.</li>
 *   <li>A visitor on an HTTP request who has not signed in: {@link Viewer#ANONYMOUS}.</li>
 *   <li>Work with no HTTP request and nobody signed in on its thread (demo data at start-up, scheduled
 *       jobs, tests calling use cases directly), or work wrapped in {@link #asSystem}:
 *       {@link Viewer#SYSTEM}, which sees everything.</li>
 * </ul>
 * Work that a request hands to another thread must capture {@link #viewer()} first and pass it on: the other
 * thread has no request and would otherwise act as the system.
 */
@Component
public class CurrentViewer {

    private static final ThreadLocal<Boolean> SYSTEM_SCOPE = ThreadLocal.withInitial(() -> false);

    public Viewer viewer() {
        return signedIn().map(SignedInUser::viewer).orElseGet(() -> actsAsSystem() ? Viewer.SYSTEM : Viewer.ANONYMOUS);
    }

    /** The name recorded in the audit trail for the current actor: a username, "system" or "anonymous". */
    public String username() {
        return signedIn().map(SignedInUser::username).orElseGet(() -> actsAsSystem() ? "system" : "anonymous");
    }

    /** The organisation of the current actor, or null. */
    public UUID organisationId() {
        return viewer().organisationId();
    }

    /** The signed-in person, if any (empty for visitors and for the system). */
    public Optional<SignedInUser> signedIn() {
        if (SYSTEM_SCOPE.get()) {
            return Optional.empty();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof SignedInPrincipal bearer) {
            return Optional.of(bearer.signedInUser());
        }
        return authentication.getPrincipal() instanceof SignedInPrincipal principal
                ? Optional.of(principal.signedInUser()) : Optional.empty();
    }

    /**
     * Runs internal work as the system, also on a request thread (e.g. a job an administrator starts that
     * must see every record). Use it only for work that is not done on behalf of the person asking.
     */
    public <T> T asSystem(Supplier<T> work) {
        boolean outer = SYSTEM_SCOPE.get();
        SYSTEM_SCOPE.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM_SCOPE.set(outer);
        }
    }

    public void runAsSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    private static boolean actsAsSystem() {
        return SYSTEM_SCOPE.get() || RequestContextHolder.getRequestAttributes() == null;
    }
}
