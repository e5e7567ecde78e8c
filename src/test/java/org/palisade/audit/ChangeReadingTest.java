package org.palisade.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.palisade.audit.ChangeReading.Name;
import org.palisade.audit.ChangeReading.Phrase;
import org.palisade.audit.ChangeReading.Term;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A change is told as a person would tell it: which item moved where, labels for codes, names for ids. */
class ChangeReadingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ChangeReading list = new ChangeReading("requirement-list", field -> true);

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static String items(String... items) {
        return "{'status':'DRAFT','version':3,'items':[" + String.join(",", items) + "]}";
    }

    private static String item(String id, String description, int rank) {
        return "{'id':'" + id + "','description':'" + description + "','rank':" + rank
                + ",'quantity':{'value':120,'unit':'missile'},'category':'AIR_AND_MISSILE_DEFENCE'}";
    }

    @Test
    void aMoveIsToldAsTheItemThatMovedAndHowManyShiftedWithIt() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        List<Phrase> told = list.read(
                json(items(item(a, "Shells", 1), item(b, "Rockets", 2), item(c, "Patriot interceptors", 3))),
                json(items(item(c, "Patriot interceptors", 1), item(a, "Shells", 2), item(b, "Rockets", 3))));
        assertThat(told).containsExactly(new Phrase("audit.item.moved", "Patriot interceptors", 3, 1),
                new Phrase("audit.items.shifted", 2));
    }

    @Test
    void anEditNamesTheItemAndTheFieldWithItsLabels() {
        String a = UUID.randomUUID().toString();
        List<Phrase> told = list.read(json(items(item(a, "Shells", 1))),
                json(items(item(a, "Shells", 1).replace("AIR_AND_MISSILE_DEFENCE", "ARTILLERY_AMMUNITION"))));
        assertThat(told).containsExactly(new Phrase("audit.item.changed", "Shells", new Term("audit.field.category"),
                new Term("category.AIR_AND_MISSILE_DEFENCE"), new Term("category.ARTILLERY_AMMUNITION")));
    }

    @Test
    void statusCodesBecomeTheWordsOfTheirRecordTypeAndBookkeepingIsLeftOut() {
        List<Phrase> told = new ChangeReading("package", field -> true).read(
                json("{'status':'PROPOSED','version':1,'updatedAt':'2026-01-01T00:00:00Z'}"),
                json("{'status':'OPEN','version':2,'updatedAt':'2026-01-02T00:00:00Z'}"));
        assertThat(told).containsExactly(new Phrase("audit.history.change", new Term("audit.field.status"),
                new Term("package.status.PROPOSED"), new Term("package.status.OPEN")));
    }

    @Test
    void idsOfOtherRecordsAreNamedNotShown() {
        UUID owner = UUID.randomUUID();
        List<Phrase> told = list.read(null, json("{'id':'" + UUID.randomUUID() + "','number':1,'ownerId':'" + owner
                + "','items':[],'createdAt':'2026-01-01T00:00:00Z'}"));
        assertThat(told).containsExactly(new Phrase("audit.history.set", new Term("audit.field.number"), 1L),
                new Phrase("audit.history.set", new Term("audit.field.ownerId"), new Name(owner)));
        assertThat(ChangeReading.namedIds(told)).containsExactly(owner);
    }

    @Test
    void aFieldWithoutALabelIsStillShownUnderItsOwnName() {
        List<Phrase> told = new ChangeReading("package", field -> false).read(json("{'colour':'red'}"),
                json("{'colour':'blue'}"));
        assertThat(told).containsExactly(new Phrase("audit.history.change", new ChangeReading.FieldName("colour"),
                "red", "blue"));
    }
}
