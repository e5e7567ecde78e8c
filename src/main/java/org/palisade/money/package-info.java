/**
 * Money, currencies and dated exchange rates (EUR as the reference currency).
 */
@ApplicationModule(allowedDependencies = {"platform", "security"})
package org.palisade.money;

import org.springframework.modulith.ApplicationModule;
