package org.palisade.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and numbers in the reader's language, for templates as {@code #formats}. Times are shown in
 * UTC and say so: the coalition works across time zones and a record's timestamp must read the same to all.
 */
public final class PageFormats {

    private final Locale locale;

    public PageFormats(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** 24 Nov 2026 / 24 лист. 2026 р. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** 24 Nov 2026, 21:05 UTC */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** A whole number with the locale's grouping: 12,000 / 12 000. */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A decimal as written in the locale, with as many digits as it has (1.1560 / 1,1560). */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** A ratio as a whole percentage, rounded HALF_EVEN: 0.456 is "46 %" (the % sign placed as the locale does). */
    public String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(ratio);
    }

    /** The key of a counted message in the reader's language: {@code #formats.plural('items.left', 3)}. */
    public String plural(String key, Number count) {
        return Plurals.key(key, locale, count == null ? 0 : count.longValue());
    }

    /** A ratio as a number 0..100 for a progress bar; more than 100 % is shown full. */
    public long bar(BigDecimal ratio) {
        if (ratio == null || ratio.signum() <= 0) {
            return 0;
        }
        return Math.min(100, ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN).longValue());
    }
}
