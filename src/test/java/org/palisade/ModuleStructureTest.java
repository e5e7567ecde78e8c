package org.palisade;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the modular monolith honest: no cycles between modules, no reaching into another's internals. */
class ModuleStructureTest {

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicSurface() {
        ApplicationModules.of(PalisadeApplication.class).verify();
    }
}
