/**
 * Sustainment: the systems catalogue (platforms and the consumables each uses per day at low, normal and high
 * intensity), the systems fielded (delivered and confirmed, or recorded from outside the ledger), what the
 * recipient reports of stock, use and losses, and from these each consumable's days of supply, run-out date and
 * the requirements that would fill the gap. Reads confirmed deliveries from the views {@code confirmed_receipt}
 * and {@code catalogued_package_item}; adds proposed requirements through the requirements module's own use case.
 */
@ApplicationModule(allowedDependencies = {"audit", "deliveries", "money", "platform", "requirements", "security"})
package org.palisade.sustainment;

import org.springframework.modulith.ApplicationModule;
