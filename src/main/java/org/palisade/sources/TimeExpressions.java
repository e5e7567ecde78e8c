package org.palisade.sources;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions that can date a claim ("on Monday", "on Dec. 30", "in early August", "the following day",
 * "last month"), resolved against the article's published date: a date without a year that would lie after
 * publication is the previous year's. Periods of delivery or spending ("to be delivered by March", "over
 * 2026-2027", "since August") are found too but marked as periods, which never date a claim.
 */
final class TimeExpressions {

    /** One expression at its place in the sentence; {@code date} is null when it cannot be resolved. */
    record Found(int start, int end, ClaimDate date, boolean period) {
    }

    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?:" + WEEKDAY + "),?\\s+)?(?<month>" + MONTH
            + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(?:" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})"
            + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH + ")(?:,?\\s+(?<year>\\d{4}))?\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(?<year>20\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(?:in|during|of|early|mid|late|the middle of|"
            + "the end of|the start of|the beginning of)\\s+|mid-)+(?<month>January|February|March|April|May|June|July|August|"
            + "September|October|November|December)(?:\\s+(?<year>\\d{4}))?\\b");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b(?<weekday>" + WEEKDAY + ")\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?<word>yesterday|today|earlier today|tonight|"
            + "this morning|last month|this month|earlier this month|(?:the )?following day|the next day|the day after|"
            + "a day later|(?<n>two|three|four|five) days later)\\b");
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)(?:\\b(?:by|until|till|through|throughout|since|"
            + "from|between|before|over|starting|beginning|ending|within)\\s+(?:the\\s+)?(?:(?:end|start|beginning|middle)"
            + "\\s+of\\s+)?(?:early\\s+|mid-?|late\\s+)?|\\b(?:deliver\\w*|arriv\\w*|ship\\w*|spen[dt]\\w*|spread|disburs\\w*|"
            + "due|expected|scheduled|planned|implement\\w*|transfer\\w*\\s+to\\s+Ukraine)\\b(?:\\s+\\S+){0,4}?\\s+)$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^\\s*(?:-|–|to|until|through)\\s*(?:" + MONTH
            + "|\\d{4}|early|mid|late|the end)");

    private TimeExpressions() {
    }

    /**
     * The time expressions of a sentence in order, each resolved against the published date and against the
     * last day the article named before it (for "the following day").
     */
    static List<Found> in(String sentence, LocalDate published, LocalDate[] lastDay) {
        List<Found> found = new ArrayList<>();
        for (Pattern p : List.of(ISO_DAY, MONTH_DAY, DAY_MONTH)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                int year = m.group("year") == null ? -1 : Integer.parseInt(m.group("year"));
                int monthNumber = p == ISO_DAY ? Integer.parseInt(m.group("month")) : month(m.group("month"));
                int day = Integer.parseInt(m.group("day"));
                found.add(place(sentence, m.start(), m.end(), day(year, monthNumber, day, published)));
            }
        }
        Matcher m = MONTH_ONLY.matcher(sentence);
        while (m.find()) {
            int start = m.start("month");
            if (overlaps(found, start, m.end())) {
                continue;
            }
            int year = m.group("year") == null ? -1 : Integer.parseInt(m.group("year"));
            ClaimDate date = month(year, month(m.group("month")), published);
            boolean period = PERIOD_BEFORE.matcher(sentence.substring(0, m.start())).find()
                    || m.group().toLowerCase(Locale.ROOT).contains("end of")
                    || PERIOD_AFTER.matcher(sentence.substring(m.end())).find();
            found.add(new Found(m.start(), m.end(), date, period));
        }
        Matcher w = WEEKDAY_ALONE.matcher(sentence);
        while (w.find()) {
            if (overlaps(found, w.start(), w.end())) {
                continue;
            }
            ClaimDate date = published == null ? null : ClaimDate.of(published.with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.valueOf(w.group("weekday").toUpperCase(Locale.ROOT)))));
            found.add(place(sentence, w.start(), w.end(), date));
        }
        Matcher r = RELATIVE.matcher(sentence);
        while (r.find()) {
            if (overlaps(found, r.start(), r.end())) {
                continue;
            }
            found.add(new Found(r.start(), r.end(), relative(r, published, lastDay[0]), false));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> resolved = new ArrayList<>();
        for (Found f : found) {
            resolved.add(f);
            if (f.date() != null && f.date().day() != null && !f.period()) {
                lastDay[0] = f.date().day();
            }
        }
        return resolved;
    }

    private static Found place(String sentence, int start, int end, ClaimDate date) {
        boolean period = PERIOD_BEFORE.matcher(sentence.substring(0, start)).find()
                || PERIOD_AFTER.matcher(sentence.substring(end)).find();
        return new Found(start, end, date, period);
    }

    private static ClaimDate relative(Matcher r, LocalDate published, LocalDate lastDay) {
        String word = r.group("word").toLowerCase(Locale.ROOT);
        if (word.contains("later") || word.contains("following") || word.contains("next") || word.contains("after")) {
            if (lastDay == null) {
                return null;
            }
            int days = r.group("n") == null ? 1 : List.of("two", "three", "four", "five").indexOf(
                    r.group("n").toLowerCase(Locale.ROOT)) + 2;
            return ClaimDate.of(lastDay.plusDays(days));
        }
        if (published == null) {
            return null;
        }
        return switch (word) {
            case "yesterday" -> ClaimDate.of(published.minusDays(1));
            case "last month" -> ClaimDate.of(YearMonth.from(published).minusMonths(1));
            case "this month", "earlier this month" -> ClaimDate.of(YearMonth.from(published));
            default -> ClaimDate.of(published);
        };
    }

    private static ClaimDate day(int year, int month, int day, LocalDate published) {
        try {
            if (year > 0) {
                return ClaimDate.of(LocalDate.of(year, month, day));
            }
            if (published == null) {
                return null;
            }
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            return ClaimDate.of(date.isAfter(published) ? date.minusYears(1) : date);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ClaimDate month(int year, int month, LocalDate published) {
        if (year > 0) {
            return ClaimDate.of(YearMonth.of(year, month));
        }
        if (published == null) {
            return null;
        }
        YearMonth date = YearMonth.of(published.getYear(), month);
        return ClaimDate.of(date.isAfter(YearMonth.from(published)) ? date.minusYears(1) : date);
    }

    private static int month(String name) {
        String key = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
}
