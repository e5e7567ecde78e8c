package org.palisade.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.money.Money;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.OrganisationCode;
import org.palisade.organisations.OrganisationKind;
import org.palisade.platform.Conflict;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.NotFound;
import org.palisade.platform.Violation;

/** The list's own rules, without Spring or a database. */
class RequirementListTest {

    static final Instant T0 = Instant.parse("2025-08-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2025-08-02T09:00:00Z");
    static final Organisation UKRAINE = org("UKR", true, OrganisationKind.RECIPIENT);
    static final Organisation NATO = org("NATO", false, OrganisationKind.COORDINATOR);
    static final Organisation USA = org("USA", true, OrganisationKind.SUPPLIER, OrganisationKind.CONTRIBUTOR);
    static final Organisation NETHERLANDS = org("NLD", true, OrganisationKind.CONTRIBUTOR);

    static Organisation org(String code, boolean state, OrganisationKind... kinds) {
        return new Organisation(UUID.randomUUID(), new OrganisationCode(code), code, state, Set.of(kinds), List.of(), 0);
    }

    static ItemDetails details(String description) {
        return new ItemDetails(CapabilityCategory.AIR_AND_MISSILE_DEFENCE, description,
                new Quantity(10, "interceptors"), Money.of("4000000", "USD"), LocalDate.of(2025, 12, 1));
    }

    static RequirementList draftWith(String... descriptions) {
        RequirementList list = RequirementList.firstDraft(UUID.randomUUID(), 1, UKRAINE.id(), T0);
        for (String d : descriptions) {
            list = list.addItem(UUID.randomUUID(), UUID.randomUUID(), details(d), null, T0);
        }
        return list;
    }

    static RequirementList approved(RequirementList draft) {
        return draft.submit(T1).approve(Party.RECIPIENT, UKRAINE, "planner", T1)
                .approve(Party.COORDINATOR, NATO, "saceur", T1).approve(Party.SUPPLIER, USA, "supplier", T1);
    }

    static List<String> descriptions(RequirementList list) {
        return list.items().stream().map(RequirementItem::description).toList();
    }

    static List<Integer> ranks(RequirementList list) {
        return list.items().stream().map(RequirementItem::rank).toList();
    }

    static RequirementItem at(RequirementList list, int rank) {
        return list.items().get(rank - 1);
    }

    static List<String> fields(Throwable e) {
        return ((InvalidRequest) e).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aNewItemIsRankedLastUnlessARankIsGiven() {
        RequirementList list = draftWith("Patriot interceptors", "155 mm shells");
        RequirementList added = list.addItem(UUID.randomUUID(), UUID.randomUUID(), details("HIMARS rockets"), 1, T1);
        assertThat(descriptions(added)).containsExactly("HIMARS rockets", "Patriot interceptors", "155 mm shells");
        assertThat(ranks(added)).containsExactly(1, 2, 3);
        assertThat(added.updatedAt()).isEqualTo(T1);
    }

    @Test
    void anItemCannotBeAddedBeyondTheEndOfTheList() {
        RequirementList list = draftWith("Patriot interceptors");
        assertThatThrownBy(() -> list.addItem(UUID.randomUUID(), UUID.randomUUID(), details("x"), 3, T1))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("between 1 and 2");
    }

    @Test
    void removingAnItemClosesTheGap() {
        RequirementList list = draftWith("a", "b", "c");
        RequirementList removed = list.removeItem(at(list, 2).id(), T1);
        assertThat(descriptions(removed)).containsExactly("a", "c");
        assertThat(ranks(removed)).containsExactly(1, 2);
    }

    @Test
    void movingUpSwapsWithTheItemAbove() {
        RequirementList list = draftWith("a", "b", "c");
        assertThat(descriptions(list.moveItem(at(list, 3).id(), Move.up(), T1))).containsExactly("a", "c", "b");
        assertThat(descriptions(list.moveItem(at(list, 1).id(), Move.down(), T1))).containsExactly("b", "a", "c");
    }

    @Test
    void movingToARankShiftsTheItemsInBetween() {
        RequirementList list = draftWith("a", "b", "c", "d");
        RequirementList moved = list.moveItem(at(list, 4).id(), Move.toRank(2), T1);
        assertThat(descriptions(moved)).containsExactly("a", "d", "b", "c");
        assertThat(ranks(moved)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theFirstItemCannotMoveUpNorTheLastDownNorAnyBeyondTheList() {
        RequirementList list = draftWith("a", "b");
        assertThatThrownBy(() -> list.moveItem(at(list, 1).id(), Move.up(), T1))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("already ranked first");
        assertThatThrownBy(() -> list.moveItem(at(list, 2).id(), Move.down(), T1))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("already ranked last");
        assertThatThrownBy(() -> list.moveItem(at(list, 2).id(), Move.toRank(3), T1))
                .isInstanceOf(InvalidRequest.class).satisfies(e -> assertThat(fields(e)).containsExactly("rank"));
        assertThatThrownBy(() -> list.moveItem(at(list, 2).id(), new Move(Move.Direction.UP, 1), T1))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("either a direction");
    }

    @Test
    void anUnknownItemIsNotFound() {
        RequirementList list = draftWith("a");
        assertThatThrownBy(() -> list.removeItem(UUID.randomUUID(), T1)).isInstanceOf(NotFound.class);
    }

    @Test
    void ranksMustBeUnique() {
        RequirementList list = draftWith();
        List<RequirementList.Line> lines = List.of(line(1, "a"), line(2, "b"), line(2, "c"));
        assertThatThrownBy(() -> list.replaceItems(lines, T1, UUID::randomUUID))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("items[1].rank", "items[2].rank"))
                .hasMessageContaining("rank 2 is given to 2 items");
    }

    @Test
    void ranksMustBeGapFree() {
        RequirementList list = draftWith();
        List<RequirementList.Line> lines = List.of(line(1, "a"), line(2, "b"), line(4, "c"));
        assertThatThrownBy(() -> list.replaceItems(lines, T1, UUID::randomUUID))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("items[2].rank"))
                .hasMessageContaining("rank 4 leaves a gap");
    }

    @Test
    void ranksStartAtOneAndAreRequired() {
        RequirementList list = draftWith();
        List<RequirementList.Line> lines = List.of(line(0, "a"), new RequirementList.Line(null, null, details("b")));
        assertThatThrownBy(() -> list.replaceItems(lines, T1, UUID::randomUUID))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("items[0].rank", "items[1].rank"));
    }

    @Test
    void replacingKeepsTheLineageOfItemsItNamesAndDropsTheOthers() {
        RequirementList list = draftWith("a", "b", "c");
        RequirementItem a = at(list, 1);
        RequirementItem c = at(list, 3);
        RequirementList replaced = list.replaceItems(List.of(
                new RequirementList.Line(c.id(), 1, details("c, more")),
                line(2, "new"),
                new RequirementList.Line(a.id(), 3, a.details())), T1, UUID::randomUUID);
        assertThat(descriptions(replaced)).containsExactly("c, more", "new", "a");
        assertThat(at(replaced, 1).id()).isEqualTo(c.id());
        assertThat(at(replaced, 1).lineage()).isEqualTo(c.lineage());
        assertThat(at(replaced, 3).lineage()).isEqualTo(a.lineage());
        assertThat(replaced.items()).extracting(RequirementItem::lineage)
                .doesNotContain(at(list, 2).lineage());
    }

    @Test
    void aReplacementMayNameOnlyItemsOfThisListAndEachOnce() {
        RequirementList list = draftWith("a");
        UUID a = at(list, 1).id();
        List<RequirementList.Line> lines = List.of(new RequirementList.Line(a, 1, details("a")),
                new RequirementList.Line(a, 2, details("a again")),
                new RequirementList.Line(UUID.randomUUID(), 3, details("stranger")));
        assertThatThrownBy(() -> list.replaceItems(lines, T1, UUID::randomUUID))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("items[1].id", "items[2].id"));
    }

    @Test
    void anEmptyListCannotBeSubmitted() {
        assertThatThrownBy(() -> draftWith().submit(T1)).isInstanceOf(Conflict.class).hasMessageContaining("no items");
    }

    @Test
    void aSubmittedListCannotBeEditedUntilReopened() {
        RequirementList submitted = draftWith("a").submit(T1);
        assertThat(submitted.status()).isEqualTo(ListStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(T1);
        assertThatThrownBy(() -> submitted.addItem(UUID.randomUUID(), UUID.randomUUID(), details("b"), null, T1))
                .isInstanceOf(Conflict.class)
                .hasMessage("Requirement list 1 is submitted and cannot be changed (add an item); "
                        + "allowed: approve; reopen as a draft");
        RequirementList reopened = submitted.reopen(T1);
        assertThat(reopened.status()).isEqualTo(ListStatus.DRAFT);
        assertThat(reopened.addItem(UUID.randomUUID(), UUID.randomUUID(), details("b"), null, T1).items()).hasSize(2);
    }

    @Test
    void aDraftCannotBeApprovedAndTheRefusalNamesTheStateAndTheAllowedActions() {
        assertThatThrownBy(() -> draftWith("a").approve(Party.COORDINATOR, NATO, "saceur", T1))
                .isInstanceOf(Conflict.class)
                .hasMessage("Requirement list 1 is a draft and cannot be approved; "
                        + "allowed: add, edit, move, remove or replace items; submit");
    }

    @Test
    void approvalNeedsTheRecipientTheCoordinatorAndTheSupplier() {
        RequirementList twoOfThree = draftWith("a").submit(T0)
                .approve(Party.COORDINATOR, NATO, "saceur", T0)
                .approve(Party.SUPPLIER, USA, "supplier", T0);
        assertThat(twoOfThree.status()).isEqualTo(ListStatus.SUBMITTED);
        assertThat(twoOfThree.missingApprovals()).containsExactly(Party.RECIPIENT);
        RequirementList approved = twoOfThree.approve(Party.RECIPIENT, UKRAINE, "planner", T1);
        assertThat(approved.status()).isEqualTo(ListStatus.APPROVED);
        assertThat(approved.approvedAt()).isEqualTo(T1);
        assertThat(approved.missingApprovals()).isEmpty();
        assertThat(approved.approvals()).extracting(Approval::party, Approval::organisationId, Approval::approvedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Party.RECIPIENT, UKRAINE.id(), "planner"),
                        org.assertj.core.groups.Tuple.tuple(Party.COORDINATOR, NATO.id(), "saceur"),
                        org.assertj.core.groups.Tuple.tuple(Party.SUPPLIER, USA.id(), "supplier"));
        assertThat(approved.items()).allMatch(i -> i.listStatus() == ListStatus.APPROVED);
    }

    @Test
    void eachPartyApprovesOnce() {
        RequirementList once = draftWith("a").submit(T0).approve(Party.COORDINATOR, NATO, "saceur", T0);
        assertThatThrownBy(() -> once.approve(Party.COORDINATOR, NATO, "someone else", T1))
                .isInstanceOf(Conflict.class).hasMessageContaining("coordinator already approved");
    }

    @Test
    void theApprovingOrganisationMustPlayThatPart() {
        RequirementList submitted = draftWith("a").submit(T0);
        assertThatThrownBy(() -> submitted.approve(Party.SUPPLIER, NETHERLANDS, "x", T1))
                .isInstanceOf(InvalidRequest.class).hasMessage("NLD is not a supplier and cannot approve as SUPPLIER")
                .satisfies(e -> assertThat(fields(e)).containsExactly("organisation"));
    }

    @Test
    void onlyTheListsOwnRecipientApprovesAsRecipient() {
        Organisation anotherRecipient = org("MDA", true, OrganisationKind.RECIPIENT);
        RequirementList submitted = draftWith("a").submit(T0);
        assertThatThrownBy(() -> submitted.approve(Party.RECIPIENT, anotherRecipient, "x", T1))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("own recipient");
    }

    @Test
    void approvedListCannotBeEdited() {
        RequirementList approved = approved(draftWith("a", "b"));
        UUID item = at(approved, 1).id();
        List<Runnable> edits = List.of(
                () -> approved.addItem(UUID.randomUUID(), UUID.randomUUID(), details("c"), null, T1),
                () -> approved.editItem(item, details("changed"), T1),
                () -> approved.removeItem(item, T1),
                () -> approved.moveItem(item, Move.down(), T1),
                () -> approved.replaceItems(List.of(line(1, "x")), T1, UUID::randomUUID),
                () -> approved.submit(T1),
                () -> approved.reopen(T1));
        for (Runnable edit : edits) {
            assertThatThrownBy(edit::run).isInstanceOf(Conflict.class).hasMessageContaining("is approved");
        }
        assertThatThrownBy(() -> approved.editItem(item, details("changed"), T1))
                .hasMessageContaining("an approved version is a record of what was agreed");
    }

    @Test
    void supersededListCannotBeEditedOrApprovedAgain() {
        RequirementList superseded = approved(draftWith("a")).supersede(T1);
        assertThat(superseded.status()).isEqualTo(ListStatus.SUPERSEDED);
        assertThat(superseded.allowedActions()).isEmpty();
        assertThatThrownBy(() -> superseded.removeItem(at(superseded, 1).id(), T1))
                .isInstanceOf(Conflict.class).hasMessageContaining("is superseded and cannot be changed");
        assertThatThrownBy(() -> superseded.supersede(T1)).isInstanceOf(Conflict.class)
                .hasMessageContaining("allowed: nothing, it is kept as a record");
    }

    @Test
    void aNewDraftCopiesTheApprovedVersionKeepingLineagesWithNewItemIds() {
        RequirementList approved = approved(draftWith("a", "b"));
        RequirementList draft = approved.startRevision(UUID.randomUUID(), 2, T1, UUID::randomUUID);
        assertThat(draft.status()).isEqualTo(ListStatus.DRAFT);
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.basedOnId()).isEqualTo(approved.id());
        assertThat(draft.ownerId()).isEqualTo(approved.ownerId());
        assertThat(draft.disclosure()).isEqualTo(approved.disclosure());
        assertThat(draft.approvals()).isEmpty();
        assertThat(draft.items()).extracting(RequirementItem::lineage)
                .containsExactlyElementsOf(approved.items().stream().map(RequirementItem::lineage).toList());
        assertThat(draft.items()).extracting(RequirementItem::id)
                .doesNotContainAnyElementsOf(approved.items().stream().map(RequirementItem::id).toList());
        assertThat(draft.items()).allMatch(i -> i.listId().equals(draft.id()) && i.listNumber() == 2
                && i.listStatus() == ListStatus.DRAFT);
        assertThat(descriptions(draft)).containsExactly("a", "b");
    }

    @Test
    void onlyAnApprovedVersionIsCopiedIntoANewDraft() {
        assertThatThrownBy(() -> draftWith("a").startRevision(UUID.randomUUID(), 2, T1, UUID::randomUUID))
                .isInstanceOf(Conflict.class).hasMessageContaining("only from the approved version");
    }

    @Test
    void reopeningDropsTheApprovalsGivenSoFar() {
        RequirementList reopened = draftWith("a").submit(T0).approve(Party.COORDINATOR, NATO, "saceur", T0)
                .reopen(T1);
        assertThat(reopened.approvals()).isEmpty();
        assertThat(reopened.submittedAt()).isNull();
    }

    static RequirementList.Line line(int rank, String description) {
        return new RequirementList.Line(null, rank, details(description));
    }
}
