/**
 * Read-only views across the ledger: the dashboard and published figures. Writes nothing; reads what
 * the owning modules publish.
 */
@ApplicationModule(allowedDependencies = {"contributions", "money", "organisations", "packages", "platform", "requirements", "security", "sustainment"})
package org.palisade.reporting;

import org.springframework.modulith.ApplicationModule;
