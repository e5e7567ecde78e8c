package org.palisade.sources;

import java.util.Locale;
import org.palisade.platform.RefusalWords;
import org.palisade.sources.SourceRefusal.KindMissing;
import org.palisade.sources.SourceRefusal.LanguageMalformed;
import org.palisade.sources.SourceRefusal.OutletMissing;
import org.palisade.sources.SourceRefusal.PublishedInFuture;
import org.palisade.sources.SourceRefusal.TitleMissing;
import org.palisade.sources.SourceRefusal.TooLong;
import org.palisade.sources.SourceRefusal.UrlMalformed;

/** The words of {@link SourceRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class SourceRefusalWords implements RefusalWords<SourceRefusal> {

    @Override
    public Class<SourceRefusal> type() {
        return SourceRefusal.class;
    }

    @Override
    public String english(SourceRefusal refusal) {
        if (refusal instanceof KindMissing) {
            return "kind is required: NEWS_ARTICLE, OFFICIAL_STATEMENT, DATASET, DOCUMENT, COMMUNICATION or OBSERVATION";
        } else if (refusal instanceof OutletMissing r) {
            return "outlet or issuer is required (at most " + r.max() + " characters)";
        } else if (refusal instanceof TitleMissing r) {
            return "title is required (at most " + r.max() + " characters)";
        } else if (refusal instanceof TooLong r) {
            return "at most " + r.max() + " characters (was " + r.length() + ")";
        } else if (refusal instanceof UrlMalformed r) {
            return "url must be an http or https address (was '" + r.url() + "')";
        } else if (refusal instanceof PublishedInFuture r) {
            return "cannot be published after today " + r.today() + " (was " + r.on() + ")";
        } else if (refusal instanceof LanguageMalformed r) {
            return "language must be an IETF tag such as en or uk (was '" + r.language() + "')";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(SourceRefusal refusal, Locale locale) {
        if (refusal instanceof OutletMissing r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof TitleMissing r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof TooLong r) {
            return new Object[] {r.max(), r.length()};
        } else if (refusal instanceof UrlMalformed r) {
            return new Object[] {r.url()};
        } else if (refusal instanceof PublishedInFuture r) {
            return new Object[] {r.on().toString(), r.today().toString()};
        } else if (refusal instanceof LanguageMalformed r) {
            return new Object[] {r.language()};
        }
        return new Object[0];
    }
}
