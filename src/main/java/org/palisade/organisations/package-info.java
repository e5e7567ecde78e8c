/**
 * The register of organisations taking part (recipient, coordinator, supplier, contributors) and their
 * alliance memberships.
 */
@ApplicationModule(allowedDependencies = {"audit", "platform", "security"})
package org.palisade.organisations;

import org.springframework.modulith.ApplicationModule;
