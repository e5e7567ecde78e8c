package org.palisade.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gazetteer of who may pay: every ISO 3166 country by its English name (from the JDK's own table), the
 * short names reporters use ("the U.S.", "Britain", "Czechia"), demonyms ("Dutch", "Norwegian"), capitals
 * used for their governments ("Berlin", "Washington"), the standard groups ("the Baltic states", "the Nordic
 * countries", "Benelux") and the two institutions that pay in their own name, {@code EU} and {@code NATO}.
 */
final class Contributors {

    static final String EU = "EU";
    static final String NATO = "NATO";

    /** Ukraine receives, and these do not give to it: never a contributor of military aid to Ukraine. */
    static final Set<String> NEVER = Set.of("UKR", "RUS", "BLR", "PRK", "IRN");

    /** A place in a sentence that names one contributor or a group of them. */
    record Mention(int start, int end, List<String> codes, Kind kind) {

        enum Kind { COUNTRY, DEMONYM, CAPITAL, GROUP, INSTITUTION }

        boolean institution() {
            return kind == Kind.INSTITUTION;
        }
    }

    private static final Map<String, Entry> NAMES = new LinkedHashMap<>();
    private static final Pattern PATTERN;

    private record Entry(List<String> codes, Mention.Kind kind) {
    }

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String name = country.getDisplayCountry(Locale.ENGLISH);
            if (!name.contains(" - ") && !name.contains("&") && !name.contains("(")) {
                put(Mention.Kind.COUNTRY, country.getISO3Country(), name);
            }
        }
        put(Mention.Kind.COUNTRY, "USA", "United States of America", "United States", "U.S.A.", "USA", "U.S.", "US",
                "America");
        put(Mention.Kind.COUNTRY, "GBR", "United Kingdom", "Great Britain", "Britain", "U.K.", "UK");
        put(Mention.Kind.COUNTRY, "NLD", "Netherlands", "Holland");
        put(Mention.Kind.COUNTRY, "CZE", "Czech Republic", "Czechia");
        put(Mention.Kind.COUNTRY, "TUR", "Turkey", "Türkiye", "Turkiye");
        put(Mention.Kind.COUNTRY, "KOR", "South Korea", "Republic of Korea");
        put(Mention.Kind.COUNTRY, "PRK", "North Korea");
        put(Mention.Kind.COUNTRY, "MKD", "North Macedonia");
        put(Mention.Kind.COUNTRY, "RUS", "Russian Federation", "Russia");
        put(Mention.Kind.COUNTRY, "CHE", "Switzerland");
        put(Mention.Kind.COUNTRY, "UKR", "Ukraine");
        demonyms();
        capitals();
        put(Mention.Kind.GROUP, "EST,LVA,LTU", "Baltic states", "Baltic countries", "Baltic nations", "Baltic republics",
                "Baltics");
        put(Mention.Kind.GROUP, "DNK,FIN,ISL,NOR,SWE", "Nordic countries", "Nordic nations", "Nordic states", "Nordics");
        put(Mention.Kind.GROUP, "BEL,NLD,LUX", "Benelux countries", "Benelux");
        put(Mention.Kind.GROUP, "DNK,EST,FIN,ISL,LVA,LTU,NOR,SWE", "Nordic-Baltic Eight", "Nordic-Baltic countries", "NB8");
        put(Mention.Kind.INSTITUTION, EU, "European Union", "EU", "E.U.", "European Commission", "European Peace Facility",
                "Brussels");
        put(Mention.Kind.INSTITUTION, NATO, "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
                "NATO", "Nato");
        String alternatives = NAMES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}.$])(?:" + alternatives + ")(?!\\p{L}|\\$)");
    }

    private static void demonyms() {
        String[][] table = {
            {"USA", "American", "Americans"}, {"GBR", "British", "Briton", "Britons"}, {"NLD", "Dutch"},
            {"DEU", "German", "Germans"}, {"FRA", "French"}, {"ITA", "Italian", "Italians"}, {"ESP", "Spanish"},
            {"PRT", "Portuguese"}, {"BEL", "Belgian", "Belgians"}, {"DNK", "Danish", "Danes"},
            {"NOR", "Norwegian", "Norwegians"}, {"SWE", "Swedish", "Swedes"}, {"FIN", "Finnish", "Finns"},
            {"ISL", "Icelandic"}, {"EST", "Estonian", "Estonians"}, {"LVA", "Latvian", "Latvians"},
            {"LTU", "Lithuanian", "Lithuanians"}, {"POL", "Polish", "Poles"}, {"CZE", "Czech", "Czechs"},
            {"SVK", "Slovak", "Slovakian"}, {"HUN", "Hungarian"}, {"ROU", "Romanian"}, {"BGR", "Bulgarian"},
            {"GRC", "Greek"}, {"HRV", "Croatian"}, {"SVN", "Slovenian", "Slovene"}, {"AUT", "Austrian"},
            {"CHE", "Swiss"}, {"IRL", "Irish"}, {"LUX", "Luxembourgish"}, {"CAN", "Canadian", "Canadians"},
            {"AUS", "Australian", "Australians"}, {"NZL", "New Zealander"}, {"JPN", "Japanese"},
            {"KOR", "South Korean"}, {"TUR", "Turkish"}, {"ALB", "Albanian"}, {"MNE", "Montenegrin"},
            {"MKD", "North Macedonian"}, {"MLT", "Maltese"}, {"CYP", "Cypriot"}, {"UKR", "Ukrainian", "Ukrainians"},
            {"RUS", "Russian", "Russians"}, {"BLR", "Belarusian"}, {"PRK", "North Korean"}, {"IRN", "Iranian"},
            {"CHN", "Chinese"}, {"IND", "Indian"}, {"ISR", "Israeli"}, {"ARE", "Emirati"}, {"SAU", "Saudi"},
            {"QAT", "Qatari"}, {"TWN", "Taiwanese"}, {"MDA", "Moldovan"}, {"SRB", "Serbian"}, {"GEO", "Georgian"}};
        for (String[] row : table) {
            String[] names = new String[row.length - 1];
            System.arraycopy(row, 1, names, 0, names.length);
            put(Mention.Kind.DEMONYM, row[0], names);
        }
    }

    private static void capitals() {
        String[][] table = {
            {"USA", "Washington", "White House", "Pentagon"}, {"GBR", "London", "Downing Street", "Whitehall"},
            {"DEU", "Berlin"}, {"FRA", "Paris", "Elysee", "Élysée"}, {"ITA", "Rome"}, {"ESP", "Madrid"},
            {"PRT", "Lisbon"}, {"NLD", "The Hague", "Amsterdam"}, {"DNK", "Copenhagen"}, {"NOR", "Oslo"},
            {"SWE", "Stockholm"}, {"FIN", "Helsinki"}, {"ISL", "Reykjavik"}, {"EST", "Tallinn"}, {"LVA", "Riga"},
            {"LTU", "Vilnius"}, {"POL", "Warsaw"}, {"CZE", "Prague"}, {"SVK", "Bratislava"}, {"HUN", "Budapest"},
            {"ROU", "Bucharest"}, {"BGR", "Sofia"}, {"GRC", "Athens"}, {"HRV", "Zagreb"}, {"SVN", "Ljubljana"},
            {"AUT", "Vienna"}, {"CHE", "Bern"}, {"IRL", "Dublin"}, {"CAN", "Ottawa"}, {"AUS", "Canberra"},
            {"NZL", "Wellington"}, {"JPN", "Tokyo"}, {"KOR", "Seoul"}, {"TUR", "Ankara"}, {"UKR", "Kyiv", "Kiev"},
            {"RUS", "Moscow", "Kremlin"}, {"BLR", "Minsk"}, {"CHN", "Beijing"}};
        for (String[] row : table) {
            String[] names = new String[row.length - 1];
            System.arraycopy(row, 1, names, 0, names.length);
            put(Mention.Kind.CAPITAL, row[0], names);
        }
    }

    private static void put(Mention.Kind kind, String codes, String... names) {
        for (String name : names) {
            NAMES.put(name, new Entry(List.of(codes.split(",")), kind));
        }
    }

    private Contributors() {
    }

    /** Every mention of a country, group or institution in the sentence, in order. */
    static List<Mention> in(String sentence) {
        List<Mention> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(sentence);
        while (m.find()) {
            Entry entry = NAMES.get(m.group());
            found.add(new Mention(m.start(), m.end(), entry.codes(), entry.kind()));
        }
        return found;
    }
}
