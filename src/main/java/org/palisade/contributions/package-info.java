/**
 * Contributions: pledges, commitments and payments of one or more contributors, for a package or the
 * general pool. Publishes {@code contribution_participant} (V12) for other modules that must know who takes
 * part in a contribution.
 */
@ApplicationModule(allowedDependencies = {"audit", "money", "organisations", "packages", "platform", "requirements", "security"})
package org.palisade.contributions;

import org.springframework.modulith.ApplicationModule;
