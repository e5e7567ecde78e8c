package org.palisade.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.palisade.money.MoneyFormat;
import org.palisade.platform.PageFormats;
import org.palisade.platform.PageOf;
import org.palisade.platform.Plurals;
import org.palisade.platform.WebPages;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of one record, for those who may read the record itself: each change told in the reader's
 * language, with the stored entry one click away for auditors.
 */
@WebPages
@RequestMapping("/audit")
class AuditPages {

    static final int PAGE_SIZE = 25;

    private final AuditTrail trail;
    private final CurrentViewer viewer;
    private final List<AuditedRecords> auditedRecords;
    private final MessageSource messages;
    private final JsonMapper json;

    AuditPages(AuditTrail trail, CurrentViewer viewer, List<AuditedRecords> auditedRecords, MessageSource messages,
            JsonMapper json) {
        this.trail = trail;
        this.viewer = viewer;
        this.auditedRecords = auditedRecords;
        this.messages = messages;
        this.json = json;
    }

    /**
     * One change as the page shows it.
     *
     * @param action  what was done, in the reader's words
     * @param actor   who did it, with their organisation
     * @param changes what changed, one sentence each
     * @param raw     the stored entry, pretty-printed, for auditors
     */
    record HistoryRow(AuditEntry entry, String action, String actor, List<String> changes, String raw) {
    }

    @GetMapping("/{type}/{id}")
    String history(@PathVariable String type, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        Viewer reader = viewer.viewer();
        PageOf<AuditEntry> result = trail.historyReadableBy(reader, type, id, AuditTrail.newestFirst(page, PAGE_SIZE));
        ChangeReading reading = new ChangeReading(type, field -> has("audit.field." + field, locale));
        Map<AuditEntry, List<ChangeReading.Phrase>> phrases = new java.util.LinkedHashMap<>();
        Set<UUID> named = new HashSet<>();
        for (AuditEntry entry : result.items()) {
            List<ChangeReading.Phrase> told = reading.read(entry.before(), entry.after());
            phrases.put(entry, told);
            named.addAll(ChangeReading.namedIds(told));
            if (entry.actorOrganisationId() != null) {
                named.add(entry.actorOrganisationId());
            }
        }
        Words words = new Words(locale, names(named, reader, locale));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream().map(e -> new HistoryRow(e, words.action(e.action()),
                words.actor(e), phrases.get(e).stream().map(words::say).toList(), raw(e))).toList());
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        model.addAttribute("baseUrl", "/audit/" + type + "/" + id);
        return "audit/history";
    }

    private Map<UUID, String> names(Set<UUID> ids, Viewer reader, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            auditedRecords.forEach(r -> r.names(ids, reader, locale).forEach(names::putIfAbsent));
        }
        return names;
    }

    private String raw(AuditEntry e) {
        Map<String, Object> stored = new java.util.LinkedHashMap<>();
        stored.put("id", e.id());
        stored.put("sequence", e.sequence());
        stored.put("occurredAt", e.occurredAt());
        stored.put("actor", e.actor());
        stored.put("actorOrganisationId", e.actorOrganisationId());
        stored.put("action", e.action());
        stored.put("reason", e.reason());
        stored.put("before", e.before());
        stored.put("after", e.after());
        stored.put("hash", e.hash());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(stored);
    }

    private boolean has(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale) != null;
    }

    /** Words phrases for one reader: terms from the bundle, dates and money in their notation, records by name. */
    private final class Words {

        private final Locale locale;
        private final Map<UUID, String> names;
        private final PageFormats formats;
        private final MoneyFormat money;

        Words(Locale locale, Map<UUID, String> names) {
            this.locale = locale;
            this.names = names;
            this.formats = new PageFormats(locale);
            this.money = new MoneyFormat(locale);
        }

        String action(String action) {
            String said = messages.getMessage("audit.action." + action, null, null, locale);
            return said != null ? said : action;
        }

        String actor(AuditEntry e) {
            String who = shown(ChangeReading.actor(e.actor()));
            String organisation = e.actorOrganisationId() == null ? null : names.get(e.actorOrganisationId());
            return organisation == null ? who : messages.getMessage("audit.history.actor", new Object[] {who,
                    organisation}, locale);
        }

        String say(ChangeReading.Phrase phrase) {
            Object[] args = phrase.args().stream().map(this::shown).toArray();
            String key = phrase.key();
            // a counted phrase has its forms as key.one, key.few, key.many
            if (!has(key, locale) && !phrase.args().isEmpty() && phrase.args().get(0) instanceof Number count) {
                key = Plurals.key(key, locale, count.longValue());
            }
            return messages.getMessage(key, args, key, locale);
        }

        private String shown(Object value) {
            if (value == null) {
                return messages.getMessage("audit.none", null, locale);
            }
            if (value instanceof ChangeReading.Term term) {
                return messages.getMessage(term.key(), null, term.key(), locale);
            }
            if (value instanceof ChangeReading.FieldName field) {
                return field.name();
            }
            if (value instanceof ChangeReading.Name name) {
                return names.getOrDefault(name.id(), messages.getMessage("audit.unnamed", null, locale));
            }
            if (value instanceof ChangeReading.Amount amount) {
                return money.format(amount.amount(), amount.currency());
            }
            if (value instanceof ChangeReading.Joined joined) {
                return joined.values().stream().map(this::shown).collect(Collectors.joining(joined.separator()));
            }
            if (value instanceof LocalDate date) {
                return formats.date(date);
            }
            if (value instanceof Instant instant) {
                return formats.time(instant);
            }
            if (value instanceof BigDecimal decimal) {
                return formats.decimal(decimal);
            }
            if (value instanceof Number number) {
                return formats.number(number);
            }
            return value.toString();
        }
    }
}
