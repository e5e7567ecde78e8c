package org.palisade.security;

import java.util.Map;

/**
 * What a module's pages may offer a viewer to start (a "new package" button, a "record a pledge" link), as
 * the module's own permission rules answer it. Each module that offers such starts declares one as a bean;
 * templates read the answers of all of them as {@code can}, e.g. {@code ${can.buildPackages}}.
 */
public interface PageAbilities {

    /** Each start this module offers, by the name templates use, and whether the viewer may make it. */
    Map<String, Boolean> grantedTo(Viewer viewer);
}
