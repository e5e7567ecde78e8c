/**
 * The recipient's prioritized requirement list: numbered versions, ranked items, joint approval.
 */
@ApplicationModule(allowedDependencies = {"audit", "money", "organisations", "platform", "security"})
package org.palisade.requirements;

import org.springframework.modulith.ApplicationModule;
