/**
 * Cross-cutting plumbing every module may use: embedded database, problem details and refusals,
 * idempotency, paging, page formats. It depends on no module.
 */
@ApplicationModule(allowedDependencies = {})
package org.palisade.platform;

import org.springframework.modulith.ApplicationModule;
