/**
 * Demo data from public reporting, loaded into an empty database at start through the use cases.
 */
@ApplicationModule(allowedDependencies = {"audit", "contributions", "deliveries", "money", "organisations", "packages", "platform", "requirements", "security", "sources", "sustainment"})
package org.palisade.demo;

import org.springframework.modulith.ApplicationModule;
