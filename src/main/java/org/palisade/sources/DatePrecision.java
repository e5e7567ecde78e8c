package org.palisade.sources;

/** How much of a claim's date the source gives: the day, or only the month (kept on its first day). */
public enum DatePrecision {
    DAY, MONTH
}
