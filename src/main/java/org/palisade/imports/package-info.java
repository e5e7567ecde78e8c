/**
 * Spreadsheets in: contributions of the general pool imported from XLSX or CSV files through a documented
 * template, checked row by row (a dry run shows what would be created and every problem by row and column),
 * written all or nothing in one transaction, once per file (by its SHA-256 digest), in the background with
 * its progress stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"contributions", "money", "organisations",
        "platform", "requirements", "security", "sources"})
package org.palisade.imports;
