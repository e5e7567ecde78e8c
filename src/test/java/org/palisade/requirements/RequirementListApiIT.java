package org.palisade.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.organisations.Organisations;
import org.palisade.testing.Api;
import org.palisade.testing.DatabaseSnapshot;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@RequirementsTest
class RequirementListApiIT {

    static final String LISTS = "/api/v1/requirement-lists";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    RequirementsTest.SettableClock clock;
    @Autowired
    RequirementsTest.RecordedChanges changes;
    /** The Ukrainian planner, who keeps the recipient's list. */
    Api api;

    @BeforeEach
    void setUp() {
        RequirementsFixture.emptyRequirementLists(jdbc);
        RequirementsFixture.registerParties(organisations);
        new TestUsers(jdbc).seed();
        api = new Api(port).as(TestUsers.PLANNER);
        changes.clear();
    }

    // --- starting a list -------------------------------------------------------------------------------------

    @Test
    void theFirstListIsAnEmptyDraftOfItsRecipient() {
        var created = api.post(LISTS, Map.of("recipient", "UKR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode list = created.json();
        assertThat(list.path("number").asInt()).isEqualTo(1);
        assertThat(list.path("status").asText()).isEqualTo("DRAFT");
        assertThat(list.path("owner").asText()).isEqualTo("UKR");
        assertThat(list.path("disclosure").asText()).as("a recipient's needs are not public by default")
                .isEqualTo("COALITION");
        assertThat(list.path("items")).isEmpty();
        assertThat(created.raw().headers().firstValue("Location")).hasValue(LISTS + "/" + list.path("id").asText());
        assertThat(created.raw().headers().firstValue("ETag")).hasValue("\"0\"");
    }

    @Test
    void theFirstListNeedsAKnownRecipient() {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        // (a planner naming no recipient starts the list of their own organisation)
        for (Object body : new Object[] {Map.of("recipient", "XQZ"), Map.of("recipient", "NLD")}) {
            var refused = api.post(LISTS, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("recipient");
        }
        assertThat(api.post(LISTS, Map.of("recipient", "NLD")).json().path("detail").asText())
                .isEqualTo("recipient: NLD is not a recipient");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void onlyOneVersionIsOpenAtATime() {
        String draft = start();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var second = api.post(LISTS, Map.of("recipient", "UKR"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asText())
                .startsWith("Requirement list 1 is still a draft; only one version is worked on at a time");
        addItem(draft, "Patriot interceptors", null);
        submit(draft);
        assertThat(api.post(LISTS, Map.of("recipient", "UKR")).status()).as("submitted is still open").isEqualTo(409);
        assertThat(DatabaseSnapshot.take(jdbc)).isNotEqualTo(before);
    }

    // --- items and ranks ------------------------------------------------------------------------------------

    @Test
    void itemsAreRankedLastOrAtTheirRankAndReadBack() {
        String list = start();
        addItem(list, "155 mm shells", null);
        addItem(list, "Patriot interceptors", null);
        var added = api.post(LISTS + "/" + list + "/items", item("Counter-drone jammers", 1));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(descriptions(added.json())).containsExactly("Counter-drone jammers", "155 mm shells",
                "Patriot interceptors");
        assertThat(ranks(added.json())).containsExactly(1, 2, 3);
        String location = added.raw().headers().firstValue("Location").orElseThrow();
        JsonNode item = api.get(location).json();
        assertThat(item.path("description").asText()).isEqualTo("Counter-drone jammers");
        assertThat(item.path("unitCost").path("amount").decimalValue()).isEqualByComparingTo("4000000");
        assertThat(item.path("estimatedCost").path("amount").decimalValue()).isEqualByComparingTo("40000000");
        assertThat(item.path("neededBy").asText()).isEqualTo("2025-12-01");
    }

    @Test
    void anInvalidItemIsRefusedNamingEveryField() {
        String list = start();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.post(LISTS + "/" + list + "/items", Map.of("category", "LASERS", "description", "",
                "quantity", -3, "unitCost", Map.of("amount", "12.345", "currency", "EUR")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("category", "description", "unit", "quantity",
                "unitCost.amount");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void ranksMustBeGapFree() {
        String list = start();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.put(LISTS + "/" + list + "/items", Map.of("items",
                List.of(item("a", 1), item("b", 2), item("c", 3), item("d", 5))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("items[3].rank");
        assertThat(refused.json().path("detail").asText()).contains("rank 5 leaves a gap");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void ranksMustBeUnique() {
        String list = start();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        Map<String, Object> noCategory = new HashMap<>(item("c", 2));
        noCategory.remove("category");
        var refused = api.put(LISTS + "/" + list + "/items", Map.of("items",
                List.of(item("a", 2), item("b", 1), noCategory)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("items[2].category", "items[0].rank",
                "items[2].rank");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void aWholeRankedListReplacesTheItemsKeepingTheOnesItNames() {
        String list = start();
        addItem(list, "a", null);
        JsonNode two = addItem(list, "b", null);
        String aId = two.path("items").get(0).path("id").asText();
        String aLineage = two.path("items").get(0).path("lineage").asText();
        Map<String, Object> keptA = new HashMap<>(item("a, now second", 2));
        keptA.put("id", aId);
        var replaced = api.put(LISTS + "/" + list + "/items", Map.of("items", List.of(keptA, item("new first", 1))));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(descriptions(replaced.json())).containsExactly("new first", "a, now second");
        JsonNode second = replaced.json().path("items").get(1);
        assertThat(second.path("id").asText()).isEqualTo(aId);
        assertThat(second.path("lineage").asText()).isEqualTo(aLineage);
        assertThat(jdbc.sql("select count(*) from requirement_item").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void itemsMoveUpDownOrToARankForPages() {
        String list = start();
        addItem(list, "a", null);
        addItem(list, "b", null);
        JsonNode three = addItem(list, "c", null);
        String c = three.path("items").get(2).path("id").asText();
        var up = api.post(LISTS + "/" + list + "/items/" + c + "/move", Map.of("direction", "UP"));
        assertThat(descriptions(up.json())).containsExactly("a", "c", "b");
        var first = api.post(LISTS + "/" + list + "/items/" + c + "/move", Map.of("rank", 1));
        assertThat(descriptions(first.json())).containsExactly("c", "a", "b");
        var down = api.post(LISTS + "/" + list + "/items/" + c + "/move", Map.of("direction", "DOWN"));
        assertThat(descriptions(down.json())).containsExactly("a", "c", "b");
        assertThat(ranks(down.json())).containsExactly(1, 2, 3);
    }

    @Test
    void anItemCannotMoveBeyondTheList() {
        String list = start();
        JsonNode one = addItem(list, "a", null);
        String a = one.path("items").get(0).path("id").asText();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var up = api.post(LISTS + "/" + list + "/items/" + a + "/move", Map.of("direction", "UP"));
        assertThat(up.status()).isEqualTo(422);
        assertThat(up.errorFields()).containsExactly("direction");
        var sideways = api.post(LISTS + "/" + list + "/items/" + a + "/move", Map.of("direction", "LEFT"));
        assertThat(sideways.status()).isEqualTo(422);
        assertThat(sideways.errorFields()).containsExactly("direction");
        var far = api.post(LISTS + "/" + list + "/items/" + a + "/move", Map.of("rank", 7));
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.errorFields()).containsExactly("rank");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void editingAndRemovingItemsKeepsRanksGapFree() {
        String list = start();
        addItem(list, "a", null);
        JsonNode two = addItem(list, "b", null);
        String a = two.path("items").get(0).path("id").asText();
        String b = two.path("items").get(1).path("id").asText();
        Map<String, Object> changed = new HashMap<>(item("b, fewer", null));
        changed.put("quantity", 4);
        var edited = api.put(LISTS + "/" + list + "/items/" + b, changed);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("items").get(1).path("quantity").asLong()).isEqualTo(4);
        var removed = api.delete(LISTS + "/" + list + "/items/" + a);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(descriptions(removed.json())).containsExactly("b, fewer");
        assertThat(ranks(removed.json())).containsExactly(1);
    }

    @Test
    void editingAnItemDoesNotChangeItsRank() {
        String list = start();
        addItem(list, "a", null);
        String b = addItem(list, "b", null).path("items").get(1).path("id").asText();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var refused = api.put(LISTS + "/" + list + "/items/" + b, item("b", 1));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("rank");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
        var sameRank = api.put(LISTS + "/" + list + "/items/" + b, item("b, reworded", 2));
        assertThat(sameRank.status()).as(sameRank.body()).isEqualTo(200);
        assertThat(descriptions(sameRank.json())).containsExactly("a", "b, reworded");
    }

    // --- optimistic locking ---------------------------------------------------------------------------------

    @Test
    void aStaleVersionIsRefused() {
        String list = start();
        var first = api.send("POST", LISTS + "/" + list + "/items", item("a", null), Map.of("If-Match", "\"0\""));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.raw().headers().firstValue("ETag")).hasValue("\"1\"");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var stale = api.send("POST", LISTS + "/" + list + "/items", item("b", null), Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asText())
                .isEqualTo("requirement list 1 was changed by someone else (expected version 0); reload and try again");
        var staleSubmit = api.send("POST", LISTS + "/" + list + "/submit", null, Map.of("If-Match", "\"0\""));
        assertThat(staleSubmit.status()).isEqualTo(409);
        var garbled = api.send("POST", LISTS + "/" + list + "/submit", null, Map.of("If-Match", "\"latest\""));
        assertThat(garbled.status()).isEqualTo(422);
        assertThat(garbled.errorFields()).containsExactly("If-Match");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    // --- submission and approval ----------------------------------------------------------------------------

    @Test
    void approvalNeedsTheRecipientTheCoordinatorAndTheSupplierEachWithWhoAndWhen() {
        String list = start();
        addItem(list, "Patriot interceptors", null);
        submit(list);
        clock.set(Instant.parse("2025-08-06T08:00:00Z"));
        approve(list, "COORDINATOR", "NATO");
        JsonNode afterTwo = approve(list, "SUPPLIER", "USA").json();
        assertThat(afterTwo.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(afterTwo.path("missingApprovals")).extracting(JsonNode::asText).containsExactly("RECIPIENT");
        clock.set(Instant.parse("2025-08-07T09:30:00Z"));
        JsonNode approved = approve(list, "RECIPIENT", "UKR").json();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedAt").asText()).isEqualTo("2025-08-07T09:30:00Z");
        JsonNode approvals = approved.path("approvals");
        assertThat(approvals).hasSize(3);
        assertThat(approvals.get(0).path("party").asText()).isEqualTo("RECIPIENT");
        assertThat(approvals.get(0).path("organisation").asText()).isEqualTo("UKR");
        assertThat(approvals.get(0).path("approvedBy").asText()).isEqualTo(TestUsers.PLANNER);
        assertThat(approvals.get(0).path("approvedAt").asText()).isEqualTo("2025-08-07T09:30:00Z");
        assertThat(approvals.get(1).path("approvedAt").asText()).isEqualTo("2025-08-06T08:00:00Z");
        assertThat(jdbc.sql("select count(*) from requirement_list_approval where list_id = cast(:id as uuid)")
                .param("id", list).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theApprovingOrganisationMustExistAndPlayThatPart() {
        String list = start();
        addItem(list, "a", null);
        submit(list);
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var wrongKind = approve(list, "SUPPLIER", "NLD");
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.errorFields()).containsExactly("organisation");
        assertThat(wrongKind.json().path("detail").asText()).contains("NLD is not a supplier");
        var unknown = approve(list, "COORDINATOR", "ATLANTIS");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("organisation");
        var noSuchParty = approve(list, "OBSERVER", "NATO");
        assertThat(noSuchParty.status()).isEqualTo(422);
        assertThat(noSuchParty.errorFields()).containsExactly("party");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void eachPartyApprovesOnce() {
        String list = start();
        addItem(list, "a", null);
        submit(list);
        approve(list, "COORDINATOR", "NATO");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        var again = approve(list, "COORDINATOR", "NATO");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("coordinator already approved requirement list 1");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void illegalTransitionsAreRefusedNamingTheStateAndTheAllowedActions() {
        String list = start();
        DatabaseSnapshot empty = DatabaseSnapshot.take(jdbc);
        var emptySubmit = api.post(LISTS + "/" + list + "/submit", null);
        assertThat(emptySubmit.status()).isEqualTo(409);
        assertThat(emptySubmit.json().path("detail").asText()).contains("has no items");
        var approveDraft = approve(list, "COORDINATOR", "NATO");
        assertThat(approveDraft.status()).isEqualTo(409);
        assertThat(approveDraft.json().path("detail").asText()).isEqualTo("Requirement list 1 is a draft and cannot "
                + "be approved; allowed: add, edit, move, remove or replace items; submit");
        assertThat(api.post(LISTS + "/" + list + "/reopen", null).status()).isEqualTo(409);
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(empty);

        addItem(list, "a", null);
        submit(list);
        DatabaseSnapshot submitted = DatabaseSnapshot.take(jdbc);
        var again = api.post(LISTS + "/" + list + "/submit", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText())
                .isEqualTo("Requirement list 1 is submitted and cannot be submitted; allowed: approve; reopen as a draft");
        var editSubmitted = api.post(LISTS + "/" + list + "/items", item("b", null));
        assertThat(editSubmitted.status()).isEqualTo(409);
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(submitted);
    }

    @Test
    void aSubmittedListIsReopenedForChangesDroppingItsApprovals() {
        String list = start();
        addItem(list, "a", null);
        submit(list);
        approve(list, "COORDINATOR", "NATO");
        var reopened = api.post(LISTS + "/" + list + "/reopen", null);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(reopened.json().path("approvals")).isEmpty();
        assertThat(addItemStatus(list, "b")).isEqualTo(201);
    }

    @Test
    void approvedListCannotBeEdited() {
        String list = approvedList("a", "b");
        String item = api.get(LISTS + "/" + list).json().path("items").get(0).path("id").asText();
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        List<Api.Response> attempts = new ArrayList<>();
        attempts.add(api.post(LISTS + "/" + list + "/items", item("c", null)));
        attempts.add(api.put(LISTS + "/" + list + "/items/" + item, item("changed", null)));
        attempts.add(api.delete(LISTS + "/" + list + "/items/" + item));
        attempts.add(api.post(LISTS + "/" + list + "/items/" + item + "/move", Map.of("direction", "DOWN")));
        attempts.add(api.put(LISTS + "/" + list + "/items", Map.of("items", List.of(item("x", 1)))));
        attempts.add(api.post(LISTS + "/" + list + "/submit", null));
        attempts.add(approve(list, "COORDINATOR", "NATO"));
        for (Api.Response attempt : attempts) {
            assertThat(attempt.status()).as(attempt.body()).isEqualTo(409);
            assertThat(attempt.json().path("detail").asText()).contains("Requirement list 1 is approved");
        }
        assertThat(attempts.get(1).json().path("detail").asText())
                .contains("an approved version is a record of what was agreed; start a new draft to revise it");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesToChangeTheItemsOfAnApprovedList() {
        String list = approvedList("a");
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update requirement_item set quantity = 1 where list_id = cast(:id as uuid)").param("id", list).update())
                .hasMessageContaining("is approved and its items cannot change");
        assertThat(DatabaseSnapshot.take(jdbc)).isEqualTo(before);
    }

    // --- versions -------------------------------------------------------------------------------------------

    @Test
    void aNewDraftStartsAsACopyOfTheLatestApprovedVersion() {
        String v1 = approvedList("Patriot interceptors", "155 mm shells");
        JsonNode approved = api.get(LISTS + "/" + v1).json();
        var started = api.post(LISTS, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode v2 = started.json();
        assertThat(v2.path("number").asInt()).isEqualTo(2);
        assertThat(v2.path("basedOn").asText()).isEqualTo(v1);
        assertThat(v2.path("owner").asText()).isEqualTo("UKR");
        assertThat(descriptions(v2)).containsExactly("Patriot interceptors", "155 mm shells");
        for (int i = 0; i < 2; i++) {
            assertThat(v2.path("items").get(i).path("lineage").asText())
                    .isEqualTo(approved.path("items").get(i).path("lineage").asText());
            assertThat(v2.path("items").get(i).path("id").asText())
                    .isNotEqualTo(approved.path("items").get(i).path("id").asText());
        }
        assertThat(api.get(LISTS + "/current-draft").json().path("id").asText()).isEqualTo(v2.path("id").asText());
        assertThat(api.get(LISTS + "/latest-approved").json().path("id").asText()).isEqualTo(v1);
    }

    @Test
    void approvingANewVersionSupersedesThePreviousOne() {
        String v1 = approvedList("a");
        String v2 = api.post(LISTS, null).json().path("id").asText();
        addItem(v2, "b", null);
        submit(v2);
        approve(v2, "RECIPIENT", "UKR");
        approve(v2, "COORDINATOR", "NATO");
        assertThat(api.get(LISTS + "/" + v1).json().path("status").asText()).isEqualTo("APPROVED");
        approve(v2, "SUPPLIER", "USA");
        assertThat(api.get(LISTS + "/" + v1).json().path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(api.get(LISTS + "/" + v2).json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.get(LISTS + "/latest-approved").json().path("id").asText()).isEqualTo(v2);
        assertThat(api.get(LISTS + "/current-draft").status()).isEqualTo(404);
        String item = api.get(LISTS + "/" + v1).json().path("items").get(0).path("id").asText();
        var edit = api.delete(LISTS + "/" + v1 + "/items/" + item);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().path("detail").asText()).contains("is superseded and cannot be changed");
    }

    @Test
    void theDiffShowsWhatChangedRequirementByRequirement() {
        String v1 = approvedList("Patriot interceptors", "155 mm shells", "Spare barrels");
        JsonNode v2 = api.post(LISTS, null).json();
        String v2Id = v2.path("id").asText();
        String patriot = v2.path("items").get(0).path("id").asText();
        String shells = v2.path("items").get(1).path("id").asText();
        String barrels = v2.path("items").get(2).path("id").asText();
        Map<String, Object> moreShells = new HashMap<>(item("155 mm shells", null));
        moreShells.put("quantity", 50);
        api.put(LISTS + "/" + v2Id + "/items/" + shells, moreShells);
        Map<String, Object> dearer = new HashMap<>(item("Patriot interceptors", null));
        dearer.put("unitCost", Map.of("amount", "4200000", "currency", "USD"));
        api.put(LISTS + "/" + v2Id + "/items/" + patriot, dearer);
        api.delete(LISTS + "/" + v2Id + "/items/" + barrels);
        api.post(LISTS + "/" + v2Id + "/items", item("Counter-drone jammers", 1));

        var diff = api.get(LISTS + "/" + v2Id + "/diff?against=" + v1);
        assertThat(diff.status()).as(diff.body()).isEqualTo(200);
        JsonNode d = diff.json();
        assertThat(d.path("fromNumber").asInt()).isEqualTo(1);
        assertThat(d.path("toNumber").asInt()).isEqualTo(2);
        assertThat(d.path("added")).extracting(n -> n.path("description").asText()).containsExactly("Counter-drone jammers");
        assertThat(d.path("removed")).extracting(n -> n.path("description").asText()).containsExactly("Spare barrels");
        assertThat(d.path("reranked")).extracting(n -> n.path("description").asText() + " "
                + n.path("fromRank").asInt() + "->" + n.path("toRank").asInt())
                .containsExactly("Patriot interceptors 1->2", "155 mm shells 2->3");
        assertThat(d.path("quantityChanged")).singleElement()
                .satisfies(q -> assertThat(q.path("to").path("value").asLong()).isEqualTo(50));
        assertThat(d.path("costChanged")).singleElement()
                .satisfies(c -> assertThat(c.path("to").path("amount").decimalValue()).isEqualByComparingTo("4200000"));
        assertThat(api.get(LISTS + "/" + v2Id + "/diff?against=00000000-0000-0000-0000-000000000009").status())
                .isEqualTo(404);
    }

    @Test
    void versionsArePagedAndSortedByNumber() {
        approvedList("a");
        api.post(LISTS, null);
        var page = api.get(LISTS + "?size=1&sort=number,desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("totalItems").asInt()).isEqualTo(2);
        assertThat(page.json().path("items")).hasSize(1);
        assertThat(page.json().path("items").get(0).path("number").asInt()).isEqualTo(2);
        assertThat(page.json().path("items").get(0).path("status").asText()).isEqualTo("DRAFT");
        assertThat(page.json().path("items").get(0).path("itemCount").asInt()).isEqualTo(1);
        var ascending = api.get(LISTS + "?sort=number");
        assertThat(ascending.json().path("items").get(0).path("number").asInt()).isEqualTo(1);
        var badSort = api.get(LISTS + "?sort=owner_id");
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.errorFields()).containsExactly("sort");
    }

    @Test
    void unknownIdsAre404AndMalformedBodies400() {
        String list = start();
        assertThat(api.get(LISTS + "/00000000-0000-0000-0000-000000000001").status()).isEqualTo(404);
        assertThat(api.delete(LISTS + "/" + list + "/items/00000000-0000-0000-0000-000000000001").status())
                .isEqualTo(404);
        assertThat(api.get(LISTS + "/latest-approved").status()).isEqualTo(404);
        var malformed = api.post(LISTS + "/" + list + "/items", "{\"description\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/requirement-lists/{id}/approve")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/requirement-lists/{id}/items/{itemId}/move")).isTrue();
    }

    // --- audit feed -----------------------------------------------------------------------------------------

    @Test
    void everyChangePublishesARecordChangedInsideItsTransaction() {
        String list = approvedList("a");
        assertThat(changes.actions()).containsExactly("draft-started", "item-added", "submitted", "approval-recorded",
                "approval-recorded", "approved");
        assertThat(changes.seen).allSatisfy(s -> {
            assertThat(s.inTransaction()).isTrue();
            assertThat(s.change().recordType()).isEqualTo("requirement-list");
            assertThat(s.change().recordId().toString()).isEqualTo(list);
            assertThat(s.change().owner()).isEqualTo(organisations.byCode("UKR").orElseThrow().id());
        });
        RequirementsTest.RecordedChanges.Seen approval = changes.seen.get(5);
        assertThat(((RequirementList) approval.change().before()).status()).isEqualTo(ListStatus.SUBMITTED);
        assertThat(((RequirementList) approval.change().after()).status()).isEqualTo(ListStatus.APPROVED);
        changes.clear();
        api.post(LISTS + "/" + list + "/submit", null);
        assertThat(changes.seen).as("a refused change publishes nothing").isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    String start() {
        var created = api.post(LISTS, Map.of("recipient", "UKR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static Map<String, Object> item(String description, Integer rank) {
        Map<String, Object> item = new HashMap<>(Map.of("category", "AIR_AND_MISSILE_DEFENCE",
                "description", description, "quantity", 10, "unit", "interceptors",
                "unitCost", Map.of("amount", "4000000", "currency", "USD"), "neededBy", "2025-12-01"));
        if (rank != null) {
            item.put("rank", rank);
        }
        return item;
    }

    JsonNode addItem(String list, String description, Integer rank) {
        var added = api.post(LISTS + "/" + list + "/items", item(description, rank));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json();
    }

    int addItemStatus(String list, String description) {
        return api.post(LISTS + "/" + list + "/items", item(description, null)).status();
    }

    void submit(String list) {
        var submitted = api.post(LISTS + "/" + list + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    /** Approves as the user who speaks for that party: each party approves only for its own organisation. */
    Api.Response approve(String list, String party, String organisation) {
        String user = switch (party) {
            case "COORDINATOR" -> TestUsers.COORDINATOR;
            case "SUPPLIER" -> TestUsers.SUPPLIER;
            default -> TestUsers.PLANNER;
        };
        return new Api(port).as(user).post(LISTS + "/" + list + "/approve",
                Map.of("party", party, "organisation", organisation));
    }

    String approvedList(String... descriptions) {
        String list = start();
        for (String d : descriptions) {
            addItem(list, d, null);
        }
        submit(list);
        for (String[] p : new String[][] {{"COORDINATOR", "NATO"}, {"SUPPLIER", "USA"}, {"RECIPIENT", "UKR"}}) {
            var approved = approve(list, p[0], p[1]);
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        return list;
    }

    static List<String> descriptions(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("items").forEach(i -> out.add(i.path("description").asText()));
        return out;
    }

    static List<Integer> ranks(JsonNode list) {
        List<Integer> out = new ArrayList<>();
        list.path("items").forEach(i -> out.add(i.path("rank").asInt()));
        return out;
    }
}
