/** Read-only views across the ledger: the dashboard and, later, published reports. Writes nothing. */
package org.palisade.reporting;
