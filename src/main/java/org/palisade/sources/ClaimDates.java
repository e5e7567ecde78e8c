package org.palisade.sources;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A claim dated only to a month, as pages show it in the reader's language ("August 2025", "серпень 2025"). */
@Component("claimDates")
public class ClaimDates {

    public String month(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()));
    }
}
