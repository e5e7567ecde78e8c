package org.palisade.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.money.MoneyAmount;
import org.palisade.organisations.OrganisationKind;
import org.palisade.organisations.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test set-up for requirement lists through the real use cases: the three approving parties and an approved
 * list. Public so that tests of modules drawing on the list (packages) can build one the same way.
 */
public final class RequirementsFixture {

    private RequirementsFixture() {
    }

    /** Registers (once) UKR as recipient, NATO as coordinator, USA as supplier and NLD as a contributor. */
    public static void registerParties(Organisations organisations) {
        register(organisations, "UKR", "Ukraine", true, OrganisationKind.RECIPIENT);
        register(organisations, "NATO", "NATO", false, OrganisationKind.COORDINATOR);
        register(organisations, "USA", "United States", true, OrganisationKind.SUPPLIER, OrganisationKind.CONTRIBUTOR);
        register(organisations, "NLD", "Netherlands", true, OrganisationKind.CONTRIBUTOR);
    }

    /**
     * Brings the list to a new approved version holding these items (quantity 10 each, USD 4M a unit), whatever
     * state earlier tests left it in: an open version is reopened if needed and replaced.
     */
    public static RequirementList approvedList(Requirements requirements, Organisations organisations,
            String... descriptions) {
        registerParties(organisations);
        RequirementList list = requirements.currentDraft().orElse(null);
        if (list == null) {
            UUID recipient = requirements.latestApproved().isPresent() ? null
                    : organisations.byCode("UKR").orElseThrow().id();
            list = requirements.startDraft(recipient);
        } else if (list.status() == ListStatus.SUBMITTED) {
            list = requirements.reopen(list.id(), null);
        }
        List<RankedItemInput> lines = new java.util.ArrayList<>();
        for (int i = 0; i < descriptions.length; i++) {
            lines.add(new RankedItemInput(null, i + 1, item(descriptions[i])));
        }
        list = requirements.replaceItems(list.id(), lines, null);
        requirements.submit(list.id(), null);
        requirements.approve(list.id(), Party.RECIPIENT, list.ownerId(), null);
        requirements.approve(list.id(), Party.COORDINATOR, organisations.byCode("NATO").orElseThrow().id(), null);
        return requirements.approve(list.id(), Party.SUPPLIER, organisations.byCode("USA").orElseThrow().id(), null);
    }

    public static ItemInput item(String description) {
        return ItemInput.of(CapabilityCategory.AIR_AND_MISSILE_DEFENCE, description, 10, "interceptors",
                new MoneyAmount(new BigDecimal("4000000"), "USD"), LocalDate.of(2025, 12, 1));
    }

    /** Empties the requirement tables: only for tests running in a database of their own. */
    static void emptyRequirementLists(JdbcClient jdbc) {
        jdbc.sql("TRUNCATE requirement_list_approval, requirement_item, requirement_list CASCADE").update();
    }

    private static void register(Organisations organisations, String code, String name, boolean state,
            OrganisationKind... kinds) {
        if (organisations.byCode(code).isEmpty()) {
            organisations.register(new Organisations.Registration(code, name, state, Set.of(kinds), List.of()));
        }
    }
}
