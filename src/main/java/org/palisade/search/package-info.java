/**
 * One search box across the ledger: packages, contributions and requirement items, as each owning module finds
 * and shows them to the viewer. Writes nothing and reads no table itself.
 */
@ApplicationModule(allowedDependencies = {"contributions", "organisations", "packages", "platform", "requirements", "security"})
package org.palisade.search;

import org.springframework.modulith.ApplicationModule;
