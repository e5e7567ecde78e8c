package org.palisade.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.PageOf;
import org.palisade.platform.WebPages;
import org.palisade.security.CurrentViewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** The history of one record, for those who may read the record itself. */
@WebPages
@RequestMapping("/audit")
class AuditPages {

    static final int PAGE_SIZE = 25;
    private static final int SHOWN_VALUE_LENGTH = 160;
    /** Fields every change touches; listing them would hide what really changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version");

    private final AuditTrail trail;
    private final CurrentViewer viewer;

    AuditPages(AuditTrail trail, CurrentViewer viewer) {
        this.trail = trail;
        this.viewer = viewer;
    }

    /** One change as the page shows it: the entry and, field by field, what it was and what it became. */
    record HistoryRow(AuditEntry entry, List<FieldChange> changes) {
    }

    record FieldChange(String field, String before, String after) {
    }

    @GetMapping("/{type}/{id}")
    String history(@PathVariable String type, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageOf<AuditEntry> result = trail.historyReadableBy(viewer.viewer(), type, id,
                AuditTrail.newestFirst(page, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream().map(e -> new HistoryRow(e, changes(e.before(), e.after())))
                .toList());
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        model.addAttribute("baseUrl", "/audit/" + type + "/" + id);
        return "audit/history";
    }

    /** The top-level fields whose values differ between the two states (all of them on creation). */
    static List<FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode state : new JsonNode[] {before, after}) {
            if (state != null && state.isObject()) {
                for (Map.Entry<String, JsonNode> property : state.properties()) {
                    fields.add(property.getKey());
                }
            }
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = before == null ? null : before.get(field);
            JsonNode is = after == null ? null : after.get(field);
            if (!BOOKKEEPING.contains(field) && !java.util.Objects.equals(was, is)) {
                changes.add(new FieldChange(field, shown(was), shown(is)));
            }
        }
        return changes;
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }
}
