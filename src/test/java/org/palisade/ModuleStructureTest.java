package org.palisade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modular monolith honest: no cycles between modules, no reaching into another's internals, and
 * each module using only the modules its {@code package-info.java} allows. Writes the module documentation
 * (PlantUML component diagrams: all modules, and each with its neighbours) into
 * {@code target/spring-modulith-docs}.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PalisadeApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyTheModulesTheyAllow() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() throws Exception {
        for (var module : MODULES) {
            Path info = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
            assertThat(Files.readString(info)).as(info.toString()).contains("allowedDependencies");
        }
    }

    @Test
    void moduleDocumentationIsWrittenFromTheCode() {
        // the diagrams only: the canvases read the Javadoc the annotation processor extracts, which Boot's
        // fallback JSON parser cannot read with Jackson 3 alone
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/spring-modulith-docs", "components.puml")).exists();
    }
}
