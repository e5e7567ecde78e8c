package org.palisade.sources;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country an outlet writes from, so far as it decides how a bare "$" or "kroner" is meant: known outlet
 * names, the country code of a web address ("abc.net.au"), a country the outlet's name carries ("Guardian
 * Australia"), or the home of a wire or international outlet (whose "$" is the US dollar).
 */
final class Outlets {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("australian broadcasting", "AUS"), Map.entry("abc australia", "AUS"), Map.entry("sbs", "AUS"),
            Map.entry("sydney morning herald", "AUS"), Map.entry("the age", "AUS"), Map.entry("the australian", "AUS"),
            Map.entry("news.com.au", "AUS"), Map.entry("9news", "AUS"), Map.entry("7news", "AUS"),
            Map.entry("australian financial review", "AUS"), Map.entry("canberra times", "AUS"),
            Map.entry("cbc", "CAN"), Map.entry("ctv", "CAN"), Map.entry("global news", "CAN"),
            Map.entry("globe and mail", "CAN"), Map.entry("national post", "CAN"), Map.entry("toronto star", "CAN"),
            Map.entry("ottawa citizen", "CAN"), Map.entry("canadian press", "CAN"), Map.entry("radio-canada", "CAN"),
            Map.entry("montreal gazette", "CAN"), Map.entry("cp24", "CAN"), Map.entry("rnz", "NZL"),
            Map.entry("nz herald", "NZL"), Map.entry("new zealand herald", "NZL"), Map.entry("stuff.co.nz", "NZL"),
            Map.entry("1news", "NZL"), Map.entry("nrk", "NOR"), Map.entry("aftenposten", "NOR"), Map.entry("dagbladet", "NOR"),
            Map.entry("e24", "NOR"), Map.entry("politiken", "DNK"), Map.entry("berlingske", "DNK"),
            Map.entry("jyllands-posten", "DNK"), Map.entry("svt", "SWE"), Map.entry("dagens nyheter", "SWE"),
            Map.entry("aftonbladet", "SWE"), Map.entry("expressen", "SWE"), Map.entry("svenska dagbladet", "SWE"));
    /**
     * Wires and international outlets, whose bare "$" is the US dollar whoever pays (they write "C$", "A$" or
     * "Canadian dollars" for the others); checked after a country in the outlet's name ("Guardian Australia").
     */
    private static final Map<String, String> INTERNATIONAL = Map.ofEntries(
            Map.entry("reuters", "GBR"), Map.entry("associated press", "USA"), Map.entry("ap", "USA"),
            Map.entry("afp", "FRA"), Map.entry("agence france-presse", "FRA"), Map.entry("bloomberg", "USA"),
            Map.entry("politico", "USA"), Map.entry("financial times", "GBR"), Map.entry("ft", "GBR"),
            Map.entry("new york times", "USA"), Map.entry("washington post", "USA"), Map.entry("wall street journal", "USA"),
            Map.entry("cnn", "USA"), Map.entry("bbc", "GBR"), Map.entry("the guardian", "GBR"), Map.entry("the economist", "GBR"),
            Map.entry("kyiv independent", "UKR"), Map.entry("kyiv post", "UKR"), Map.entry("ukrinform", "UKR"),
            Map.entry("ukrainska pravda", "UKR"), Map.entry("euronews", "FRA"), Map.entry("euractiv", "BEL"),
            Map.entry("deutsche welle", "DEU"), Map.entry("dw", "DEU"), Map.entry("defense news", "USA"),
            Map.entry("breaking defense", "USA"), Map.entry("al jazeera", "QAT"), Map.entry("axios", "USA"),
            Map.entry("rferl", "USA"), Map.entry("radio free europe", "USA"), Map.entry("the independent", "GBR"),
            Map.entry("the telegraph", "GBR"), Map.entry("sky news", "GBR"), Map.entry("the times", "GBR"));
    private static final List<String[]> DOMAINS = List.of(new String[] {".au", "AUS"}, new String[] {".ca", "CAN"},
            new String[] {".nz", "NZL"}, new String[] {".no", "NOR"}, new String[] {".dk", "DNK"},
            new String[] {".se", "SWE"}, new String[] {".cz", "CZE"}, new String[] {".uk", "GBR"});

    private Outlets() {
    }

    /** Alpha-3 code of the outlet's country, or null when the outlet does not say. */
    static String countryOf(String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return null;
        }
        String name = outlet.toLowerCase(Locale.ROOT).strip();
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (name.matches(".*\\b" + java.util.regex.Pattern.quote(known.getKey()) + "\\b.*")) {
                return known.getValue();
            }
        }
        String host = name.replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
        for (String[] domain : DOMAINS) {
            if (host.endsWith(domain[0])) {
                return domain[1];
            }
        }
        String named = Contributors.in(outlet).stream().filter(m -> !m.institution()).map(m -> m.codes().get(0))
                .findFirst().orElse(null);
        if (named != null) {
            return named;
        }
        for (Map.Entry<String, String> known : INTERNATIONAL.entrySet()) {
            if (name.matches(".*\\b" + java.util.regex.Pattern.quote(known.getKey()) + "\\b.*")) {
                return known.getValue();
            }
        }
        return null;
    }
}
