/**
 * Deliveries: the shipments a supplier records against contracted packages, their milestones, the recipient's
 * confirmation of receipt and the discrepancies it reports. The package moves to delivering and delivered by
 * itself as deliveries progress. Publishes the confirmed quantity of each package item (view
 * {@code confirmed_package_item}, {@link org.palisade.deliveries.Deliveries#confirmedQuantities}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"packages", "requirements", "platform",
        "security", "audit"})
package org.palisade.deliveries;
