/**
 * Packages (tranches) drawn from the approved requirement list: their life, allocation and coverage.
 */
@ApplicationModule(allowedDependencies = {"audit", "money", "organisations", "platform", "requirements", "security"})
package org.palisade.packages;

import org.springframework.modulith.ApplicationModule;
