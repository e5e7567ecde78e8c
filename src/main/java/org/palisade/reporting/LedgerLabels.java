package org.palisade.reporting;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.palisade.organisations.OrganisationNames;
import org.palisade.organisations.Organisations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the public ledger's keys in the reader's language: stages, categories, programs, memberships. */
@Component
class LedgerLabels {

    private final MessageSource messages;
    private final Organisations organisations;
    private final OrganisationNames names;

    LedgerLabels(MessageSource messages, Organisations organisations, OrganisationNames names) {
        this.messages = messages;
        this.organisations = organisations;
        this.names = names;
    }

    /** Labels for every row key of the figures: one read of the organisations the contributor rows name. */
    Map<String, String> of(LedgerFigures figures, Locale locale) {
        Set<String> codes = new HashSet<>();
        figures.table("contributors").rows().forEach(row -> codes.addAll(Arrays.asList(row.key().split("\\+"))));
        Map<String, String> byCode = byCode(codes, locale);
        Map<String, String> labels = new HashMap<>();
        for (String table : LedgerFigures.TABLES) {
            for (LedgerTable.Row row : figures.table(table).rows()) {
                labels.put(table + ":" + row.key(), label(table, row.key(), byCode, locale));
            }
        }
        return labels;
    }

    /**
     * Names of the organisations of these codes, by code, in the reader's language: looked up by code, so every
     * one is found however many organisations there are (a page of them would miss the rest).
     */
    Map<String, String> byCode(Collection<String> codes, Locale locale) {
        Map<String, String> byCode = new HashMap<>();
        organisations.withCodes(codes).forEach(o -> byCode.put(o.code().value(), names.name(o, locale)));
        return byCode;
    }

    String label(String table, String key, Map<String, String> byCode, Locale locale) {
        return switch (table) {
            case "stages" -> message("coverage." + key.toLowerCase(Locale.ROOT), locale);
            case "year-so-far" -> message("ledger.ytd." + key, locale);
            case "contributors" -> Arrays.stream(key.split("\\+")).map(c -> byCode.getOrDefault(c, c))
                    .collect(Collectors.joining(" + "));
            case "categories" -> message(Figures.UNEARMARKED.equals(key) ? "dashboard.unearmarked" : "category." + key, locale);
            case "programs" -> message("program." + key, locale);
            case "nato", "eu" -> message("ledger.members." + table + "." + key, locale);
            default -> key;
        };
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
