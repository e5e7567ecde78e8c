/**
 * The audit trail: every change to a ledger record, appended in the change's own transaction and then
 * chained with SHA-256 by a single sequencer, so that any later alteration, deletion, insertion or
 * reordering of entries is named by the verification.
 */
@ApplicationModule(allowedDependencies = {"money", "platform", "security"})
package org.palisade.audit;

import org.springframework.modulith.ApplicationModule;
