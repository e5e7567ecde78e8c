package org.palisade.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads one audit entry as a person would tell it: "item 'Patriot interceptors' moved from rank 3 to 1",
 * "stage: pledged → committed", with labels instead of field names and enum codes, and records named instead
 * of their ids. It works on the stored states alone, so entries written long ago read as well as new ones; a
 * field it does not know is still shown, under its own name.
 */
final class ChangeReading {

    /** A sentence to be worded in the reader's language: a message key and its arguments. */
    record Phrase(String key, List<Object> args) {
        Phrase(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    /** A word of the bundle, e.g. {@code package.status.OPEN}. */
    record Term(String key) {
    }

    /** A record named by the module that owns it (an organisation, a package, a requirement item). */
    record Name(UUID id) {
    }

    /** An amount and its currency, shown as money. */
    record Amount(BigDecimal amount, String currency) {
    }

    /** Several values shown one after the other: a list ({@code ", "}) or a number and its unit ({@code " "}). */
    record Joined(List<Object> values, String separator) {
        Joined(List<Object> values) {
            this(values, ", ");
        }
    }

    /** A field's label when the bundle has no {@code audit.field.*} for it: its own name, as stored. */
    record FieldName(String name) {
    }

    /** Kept on every record for the machine (optimistic locking, copies of the list's own facts, derived flags). */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "open", "listId", "listNumber",
            "listStatus", "lineage");
    /** Facts of a new record not worth a line: its id and creation time are in the entry itself. */
    private static final Set<String> NOT_TOLD_ON_CREATION = Set.of("id", "createdAt");
    private static final Map<String, String> ENUM_WORDS = Map.of("stage", "contribution.stage.", "disclosure",
            "disclosure.", "earmark", "category.", "category", "category.", "party", "party.", "kinds",
            "organisation.kind.", "alliance", "alliance.", "program", "program.");
    private static final Map<String, String> STATUS_WORDS = Map.of("package", "package.status.", "requirement-list",
            "list.status.", "contribution", "contribution.stage.");
    /** Fields whose id names a record another module owns. */
    private static final Set<String> NAMED = Set.of("owner", "ownerId", "packageId", "contributors", "organisationId",
            "requirementItemId", "basedOnId", "recipientId");
    /** The order a person tells a record's facts in; fields not named here follow in stored order. */
    private static final List<String> TOLD_ORDER = List.of("number", "code", "name", "state", "kinds", "description",
            "contributors", "packageId", "ownerId", "owner", "target", "stage", "pledged", "pledgedOn", "committed",
            "committedOn", "paid", "paidOn", "announcedOn", "earmark", "program", "category", "status", "basedOnId", "disclosure");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private final String recordType;
    private final Predicate<String> labelled;

    /** @param labelled true for a field that has an {@code audit.field.*} label in the bundle */
    ChangeReading(String recordType, Predicate<String> labelled) {
        this.recordType = recordType;
        this.labelled = labelled;
    }

    /** What the entry changed, one phrase per thing a person would mention. */
    List<Phrase> read(JsonNode before, JsonNode after) {
        List<Phrase> phrases = new ArrayList<>();
        if (after == null || !after.isObject()) {
            return phrases;
        }
        boolean creation = before == null || !before.isObject();
        List<String> fields = new ArrayList<>(fields(before, after));
        fields.sort(Comparator.comparingInt(f -> TOLD_ORDER.contains(f) ? TOLD_ORDER.indexOf(f) : TOLD_ORDER.size()));
        for (String field : fields) {
            JsonNode was = creation ? null : before.get(field);
            JsonNode is = after.get(field);
            if (BOOKKEEPING.contains(field) || Objects.equals(was, is)
                    || creation && (NOT_TOLD_ON_CREATION.contains(field) || empty(is))) {
                continue;
            }
            switch (field) {
                case "items" -> phrases.addAll(items(was, is));
                case "approvals" -> phrases.addAll(approvals(was, is));
                case "memberships" -> phrases.addAll(memberships(was, is));
                default -> phrases.add(change(label(field), value(field, was), value(field, is)));
            }
        }
        return phrases;
    }

    /** Every id the phrases will name: the page asks the owning modules for their names in one go. */
    static Set<UUID> namedIds(List<Phrase> phrases) {
        Set<UUID> ids = new LinkedHashSet<>();
        phrases.forEach(p -> p.args().forEach(a -> collect(a, ids)));
        return ids;
    }

    private static void collect(Object value, Set<UUID> ids) {
        if (value instanceof Name name) {
            ids.add(name.id());
        } else if (value instanceof Joined joined) {
            joined.values().forEach(v -> collect(v, ids));
        }
    }

    private static Phrase change(Object label, Object was, Object is) {
        if (was == null) {
            return new Phrase("audit.history.set", label, is);
        }
        if (is == null) {
            return new Phrase("audit.history.unset", label, was);
        }
        return new Phrase("audit.history.change", label, was, is);
    }

    // Items are matched by id (requirement items) or by the requirement item they take (package items), so a
    // move, an edit, an addition and a removal each read as what they are.
    private List<Phrase> items(JsonNode was, JsonNode is) {
        Map<String, JsonNode> before = byKey(was);
        Map<String, JsonNode> after = byKey(is);
        List<Phrase> phrases = new ArrayList<>();
        List<JsonNode[]> moved = new ArrayList<>();
        for (Map.Entry<String, JsonNode> item : after.entrySet()) {
            JsonNode old = before.get(item.getKey());
            JsonNode now = item.getValue();
            if (old == null) {
                phrases.add(added(now));
                continue;
            }
            if (now.has("rank") && old.path("rank").asInt() != now.path("rank").asInt()) {
                moved.add(new JsonNode[] {old, now});
            }
            for (String field : fields(old, now)) {
                if (!field.equals("rank") && !field.equals("id") && !BOOKKEEPING.contains(field)
                        && !Objects.equals(old.get(field), now.get(field))) {
                    phrases.add(new Phrase("audit.item.changed", itemName(now), label(field),
                            orNone(value(field, old.get(field))), orNone(value(field, now.get(field)))));
                }
            }
        }
        before.keySet().stream().filter(k -> !after.containsKey(k))
                .forEach(k -> phrases.add(new Phrase("audit.item.removed", itemName(before.get(k)))));
        // one move shifts the items between its two places by one rank: tell the move, count the rest
        moved.sort(Comparator.comparingInt((JsonNode[] m) -> -Math.abs(m[1].path("rank").asInt()
                - m[0].path("rank").asInt())));
        boolean oneMove = moved.size() > 1 && moved.stream().skip(1)
                .allMatch(m -> Math.abs(m[1].path("rank").asInt() - m[0].path("rank").asInt()) == 1);
        for (int i = 0; i < moved.size(); i++) {
            if (oneMove && i == 1) {
                phrases.add(new Phrase("audit.items.shifted", moved.size() - 1));
                break;
            }
            JsonNode[] m = moved.get(i);
            phrases.add(new Phrase("audit.item.moved", itemName(m[1]), m[0].path("rank").asInt(),
                    m[1].path("rank").asInt()));
        }
        return phrases;
    }

    private Phrase added(JsonNode item) {
        if (item.has("rank")) {
            List<Object> facts = new ArrayList<>();
            addIfPresent(facts, "quantity", item);
            addIfPresent(facts, "category", item);
            addIfPresent(facts, "unitCost", item);
            addIfPresent(facts, "neededBy", item);
            return new Phrase("audit.item.added-at", itemName(item), item.path("rank").asInt(), new Joined(facts));
        }
        return new Phrase("audit.item.added", itemName(item), orNone(value("quantity", item.get("quantity"))));
    }

    private void addIfPresent(List<Object> facts, String field, JsonNode item) {
        Object value = value(field, item.get(field));
        if (value != null) {
            facts.add(value);
        }
    }

    private static Object itemName(JsonNode item) {
        if (item.hasNonNull("description")) {
            return item.get("description").asString();
        }
        JsonNode id = item.get("requirementItemId");
        return id != null && UUID_TEXT.matcher(id.asString()).matches() ? new Name(UUID.fromString(id.asString()))
                : new Term("audit.item.unnamed");
    }

    private static Map<String, JsonNode> byKey(JsonNode items) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        if (items != null && items.isArray()) {
            int position = 0;
            for (JsonNode item : items) {
                String key = item.hasNonNull("id") ? item.get("id").asString()
                        : item.hasNonNull("requirementItemId") ? item.get("requirementItemId").asString()
                        : String.valueOf(position);
                keyed.put(key, item);
                position++;
            }
        }
        return keyed;
    }

    private List<Phrase> approvals(JsonNode was, JsonNode is) {
        Set<String> known = new LinkedHashSet<>();
        if (was != null && was.isArray()) {
            was.forEach(a -> known.add(a.path("party").asString()));
        }
        List<Phrase> phrases = new ArrayList<>();
        if (is != null && is.isArray()) {
            for (JsonNode approval : is) {
                String party = approval.path("party").asString();
                if (!known.contains(party)) {
                    Object by = approval.hasNonNull("organisationId")
                            ? new Name(UUID.fromString(approval.get("organisationId").asString()))
                            : new Term("audit.none");
                    phrases.add(new Phrase("audit.approval.added", new Term("party." + party),
                            actor(approval.path("approvedBy").asString()), by));
                }
            }
        }
        return phrases;
    }

    private List<Phrase> memberships(JsonNode was, JsonNode is) {
        Set<JsonNode> known = new LinkedHashSet<>();
        if (was != null && was.isArray()) {
            was.forEach(known::add);
        }
        List<Phrase> phrases = new ArrayList<>();
        if (is != null && is.isArray()) {
            for (JsonNode membership : is) {
                if (!known.contains(membership)) {
                    phrases.add(membership.hasNonNull("to")
                            ? new Phrase("audit.membership.between", value("alliance", membership.get("alliance")),
                                    value("from", membership.get("from")), value("to", membership.get("to")))
                            : new Phrase("audit.membership.since", value("alliance", membership.get("alliance")),
                                    value("from", membership.get("from"))));
                }
            }
        }
        return phrases;
    }

    /** "system" is the application itself (demo data, scheduled work): said in the reader's language. */
    static Object actor(String username) {
        return username == null || username.isBlank() || username.equals("system") ? new Term("audit.actor.system")
                : username;
    }

    private Object label(String field) {
        return labelled.test(field) ? new Term("audit.field." + field) : new FieldName(field);
    }

    /** A stored value as it will be shown; null for no value. */
    Object value(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String words = field.equals("status") ? STATUS_WORDS.get(recordType) : ENUM_WORDS.get(field);
        if (value.isArray()) {
            List<Object> values = new ArrayList<>();
            value.forEach(v -> values.add(value(field, v)));
            return values.isEmpty() ? new Term("audit.none") : new Joined(values);
        }
        if (value.isObject()) {
            if (value.has("amount") && value.has("currency")) {
                return new Amount(value.get("amount").decimalValue(), value.get("currency").asString());
            }
            if (value.has("value") && value.has("unit")) {
                return new Joined(List.of(value.get("value").asLong(), value.get("unit").asString()), " ");
            }
            if (value.size() == 1 && value.has("value")) {
                return value.get("value").asString();
            }
            return value.toString();
        }
        if (value.isBoolean()) {
            return new Term(value.asBoolean() ? "audit.yes" : "audit.no");
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asString();
        if (words != null) {
            return new Term(words + text);
        }
        if (NAMED.contains(field) && UUID_TEXT.matcher(text).matches()) {
            return new Name(UUID.fromString(text));
        }
        try {
            if (DATE_TEXT.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            if (INSTANT_TEXT.matcher(text).matches()) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return text;
    }

    private static Object orNone(Object value) {
        return value == null ? new Term("audit.none") : value;
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isArray() && value.isEmpty()
                || value.isString() && value.asString().isEmpty();
    }

    private static Set<String> fields(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode state : new JsonNode[] {before, after}) {
            if (state != null && state.isObject()) {
                state.properties().forEach(p -> fields.add(p.getKey()));
            }
        }
        return fields;
    }
}
