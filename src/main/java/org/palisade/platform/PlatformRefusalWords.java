package org.palisade.platform;

import java.util.Locale;

/** Words of the refusals every module shares: a stale version. */
public final class PlatformRefusalWords implements RefusalWords<StaleVersion> {

    @Override
    public Class<StaleVersion> type() {
        return StaleVersion.class;
    }

    @Override
    public String english(StaleVersion r) {
        return r.recordType() + " " + r.id() + " was changed by someone else (expected version " + r.expected()
                + "); reload and try again";
    }

    /** Pages name the kind of record with the key {@code audit.type.<kind>}, as record histories do. */
    @Override
    public Object[] arguments(StaleVersion r, Locale locale) {
        return new Object[] {Refusals.term("audit.type." + r.recordType().replace(' ', '-')), String.valueOf(r.id())};
    }
}
