package org.palisade.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.platform.AttemptRefused;
import org.palisade.platform.RecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may change what, asked by use cases before they change anything, so the API and the pages obey the same
 * rules. The system (demo data, jobs) may do everything; a visitor may change nothing (401); a signed-in user
 * needs the role for the action and, where the record belongs to organisations, to be one of them (403).
 *
 * <p>Every refusal is logged: in the application log and as a {@link RecordChanged} with action
 * {@value #REFUSED}, published in a transaction of its own, so that the audit trail keeps the attempt even
 * though the refused request's own transaction rolls back and changes nothing.
 */
@Component
public class AccessPolicy {

    public static final String REFUSED = "access-refused";

    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);

    private final CurrentViewer currentViewer;
    private final ApplicationEventPublisher events;

    AccessPolicy(CurrentViewer currentViewer, ApplicationEventPublisher events) {
        this.currentViewer = currentViewer;
        this.events = events;
    }

    /** What a refused attempt was about: the record (or, for a refused creation, its kind) and its owner. */
    public record Target(String recordType, UUID recordId, UUID owner) {

        /** A record about to be created: the attempt gets an id of its own in the log. */
        public static Target newRecord(String recordType, UUID owner) {
            return new Target(recordType, null, owner);
        }
    }

    /**
     * Refuses unless the permission grants the current user the action: 401 for a visitor, 403 for a user
     * without the role or outside the organisations; each refusal is logged.
     */
    public void require(Permission permission, Target target) {
        Role[] roles = permission.roles().stream().sorted().toArray(Role[]::new);
        if (permission.organisations() == null) {
            requireRole(permission.action(), target, roles);
        } else {
            requireRoleIn(permission.action(), target, permission.organisations(), roles);
        }
    }

    /** Refuses unless the current user holds one of the roles. */
    public void requireRole(String action, Target target, Role... anyOf) {
        Viewer viewer = currentViewer.viewer();
        if (viewer.system()) {
            return;
        }
        requireSignedIn(action, target);
        if (Arrays.stream(anyOf).noneMatch(viewer::has)) {
            throw refuse(action, target, "only " + names(anyOf) + " may " + action);
        }
    }

    /**
     * Refuses unless the current user holds one of the roles and belongs to one of the organisations (e.g. the
     * contributors of a contribution, the owner of a package).
     */
    public void requireRoleIn(String action, Target target, Collection<UUID> organisations, Role... anyOf) {
        requireRole(action, target, anyOf);
        Viewer viewer = currentViewer.viewer();
        if (!viewer.system() && !organisations.contains(viewer.organisationId())) {
            throw refuse(action, target, "only " + names(anyOf) + " of "
                    + (organisations.size() == 1 ? "the organisation concerned" : "the organisations concerned")
                    + " may " + action);
        }
    }

    /**
     * Refuses unless the current user is {@code owner} (their own record, e.g. an access token) or holds one
     * of the roles.
     *
     * @param self the current user's local username, or null when they have none
     */
    void requireSelfOr(String action, Target target, String self, String owner, Role... anyOf) {
        Viewer viewer = currentViewer.viewer();
        if (viewer.system()) {
            return;
        }
        requireSignedIn(action, target);
        if (!(self != null && self.equals(owner)) && Arrays.stream(anyOf).noneMatch(viewer::has)) {
            throw refuse(action, target, "only its owner or " + names(anyOf) + " may " + action);
        }
    }

    /**
     * Logs a read of a record the viewer may not see. The caller answers 404 as for an unknown id, so the
     * refusal does not tell that the record exists.
     */
    public void readRefused(Target target) {
        record("read", target, "the record is not disclosed to this user");
    }

    void requireSignedIn(String action, Target target) {
        if (!currentViewer.viewer().signedIn()) {
            record(action, target, "not signed in");
            throw new AuthenticationCredentialsNotFoundException("Sign in to " + action);
        }
    }

    /** A refusal for a rule the caller checked itself, logged like every other. */
    AccessRefused refused(String action, Target target, String why) {
        return refuse(action, target, why);
    }

    private AccessRefused refuse(String action, Target target, String why) {
        record(action, target, why);
        return new AccessRefused(why);
    }

    private void record(String action, Target target, String why) {
        String username = currentViewer.username();
        UUID organisation = currentViewer.organisationId();
        UUID recordId = target.recordId() != null ? target.recordId() : UUID.randomUUID();
        log.warn("Access refused: {} (organisation {}) tried to {} {} {}: {}", username, organisation, action,
                target.recordType(), target.recordId() == null ? "(new)" : recordId, why);
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("attempted", action);
        attempt.put("by", username);
        attempt.put("organisation", organisation);
        attempt.put("newRecord", target.recordId() == null);
        // written at once apart from the refused request's transaction, which rolls back (see AttemptRefused)
        events.publishEvent(new AttemptRefused(
                new RecordChanged(target.recordType(), recordId, target.owner(), REFUSED, null, attempt, why)));
    }

    private static String names(Role... roles) {
        return Arrays.stream(roles).map(r -> r.name().toLowerCase().replace('_', ' ') + "s")
                .collect(Collectors.joining(" or "));
    }
}
