package org.palisade.imports;

import java.util.Map;
import org.palisade.security.PageAbilities;
import org.palisade.security.Permission;
import org.palisade.security.Role;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may import spreadsheets of contributions, written once: {@link Imports} enforces it and the pages offer
 * the upload only to those it grants. An import records money of any nation, confidential rows included, and
 * its dry run and result show every row: so only coordinators import (they keep the ledger and may read every
 * contribution), and only they and auditors read past imports. Administrators manage users and organisations
 * but may not read other nations' confidential money, so they do not import.
 */
public final class ImportPermissions {

    private ImportPermissions() {
    }

    static Permission toImport() {
        return Permission.anyOf("import contributions", Role.COORDINATOR);
    }

    static Permission toRead() {
        return Permission.anyOf("read imports of contributions", Role.COORDINATOR, Role.AUDITOR);
    }

    public static boolean mayImport(Viewer viewer) {
        return toImport().grants(viewer);
    }

    public static boolean mayRead(Viewer viewer) {
        return toRead().grants(viewer);
    }

    /** The starts the module's pages offer, for templates ({@code can}). */
    @Component
    static class Offers implements PageAbilities {
        @Override
        public Map<String, Boolean> grantedTo(Viewer viewer) {
            return Map.of("importContributions", mayImport(viewer), "readImports", mayRead(viewer));
        }
    }
}
