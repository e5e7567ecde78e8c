package org.palisade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.palisade.contributions.ContributionStage;
import org.palisade.organisations.Alliance;
import org.palisade.organisations.OrganisationKind;
import org.palisade.packages.PackageStatus;
import org.palisade.platform.TemplateTextTestAccess;
import org.palisade.requirements.CapabilityCategory;
import org.palisade.requirements.ListStatus;
import org.palisade.requirements.Move;
import org.palisade.requirements.Party;
import org.palisade.security.Disclosure;

/**
 * Pages build some message keys from domain values ({@code 'package.status.' + status}); every value of those
 * enums needs its text in both languages, which a static scan of the templates cannot see.
 */
class EnumLabelsTest {

    @Test
    void everyDomainValueShownOnAPageHasItsTextInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.addAll(keys("package.status.", PackageStatus.values(), Enum::name));
        keys.addAll(keys("package.action.", PackageStatus.values(), PackageStatus::action));
        keys.addAll(keys("packages.moved.", Arrays.stream(PackageStatus.values())
                .filter(s -> s != PackageStatus.PROPOSED).toArray(PackageStatus[]::new), Enum::name));
        keys.addAll(keys("contribution.stage.", ContributionStage.values(), Enum::name));
        keys.addAll(keys("import.status.", org.palisade.imports.ImportJob.Status.values(), Enum::name));
        keys.addAll(keys("import.phase.", org.palisade.imports.ImportJob.Phase.values(), Enum::name));
        keys.addAll(keys("disclosure.", Disclosure.values(), Enum::name));
        keys.addAll(keys("disclosure.", Disclosure.values(), d -> d.name() + ".hint"));
        keys.addAll(keys("category.", CapabilityCategory.values(), Enum::name));
        keys.addAll(keys("program.", org.palisade.contributions.Program.values(), Enum::name));
        keys.addAll(keys("organisation.kind.", OrganisationKind.values(), Enum::name));
        keys.addAll(keys("alliance.", Alliance.values(), Enum::name));
        keys.addAll(keys("list.status.", ListStatus.values(), Enum::name));
        keys.addAll(keys("party.", Party.values(), Enum::name));
        keys.addAll(keys("requirements.approve.as.", Party.values(), Enum::name));
        keys.addAll(keys("requirements.approve.button.", Party.values(), Enum::name));
        keys.addAll(keys("requirements.approval-recorded.", Party.values(), Enum::name));
        keys.addAll(keys("requirements.move.", Move.Direction.values(), Enum::name));
        keys.addAll(keys("source.kind.", org.palisade.sources.SourceKind.values(), Enum::name));
        keys.addAll(keys("claim.bound.", org.palisade.sources.ClaimBound.values(), Enum::name));
        keys.addAll(keys("claim.program.", org.palisade.sources.ClaimProgram.values(), Enum::name));
        keys.addAll(keys("claim.precision.", org.palisade.sources.DatePrecision.values(), Enum::name));
        keys.addAll(keys("conflict.field.", org.palisade.sources.ConflictField.values(), Enum::name));
        keys.addAll(keys("conflict.decision.", org.palisade.sources.ConflictDecision.values(), Enum::name));
        keys.addAll(keys("conflict.decision.", org.palisade.sources.ConflictDecision.values(), d -> d.name() + ".hint"));
        keys.addAll(keys("claims.amount.", Arrays.stream(org.palisade.sources.ClaimBound.values())
                .filter(b -> b != org.palisade.sources.ClaimBound.EXACT).toArray(org.palisade.sources.ClaimBound[]::new),
                Enum::name));
        for (String language : List.of("en", "uk")) {
            Properties messages = TemplateTextTestAccess.bundle(language);
            assertThat(keys).as("keys missing in " + language)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static <E extends Enum<E>> List<String> keys(String prefix, E[] values, Function<E, String> suffix) {
        // no button proposes a package: PROPOSED is reached by building one
        return Arrays.stream(values).filter(v -> !(prefix.equals("package.action.") && v == PackageStatus.PROPOSED))
                .map(v -> prefix + suffix.apply(v)).toList();
    }
}
