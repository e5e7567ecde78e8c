package org.palisade.platform;

/**
 * Published when access is refused, usually inside the refused request's transaction, which then rolls back.
 * The audit trail writes the attempt at once and on a connection of its own pool, so the refusal survives the
 * rollback, and a request that holds a connection of the main pool never waits for a second one: as many
 * refusals at once as that pool has connections would otherwise wait for each other until the pool's timeout.
 *
 * @param attempt the refused attempt as an audit entry's change, with the action {@code access-refused}
 */
public record AttemptRefused(RecordChanged attempt) {
}
