package org.palisade.sources;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Disclosure;
import org.palisade.sources.SourceRefusal.KindMissing;
import org.palisade.sources.SourceRefusal.LanguageMalformed;
import org.palisade.sources.SourceRefusal.OutletMissing;
import org.palisade.sources.SourceRefusal.PublishedInFuture;
import org.palisade.sources.SourceRefusal.TitleMissing;
import org.palisade.sources.SourceRefusal.TooLong;
import org.palisade.sources.SourceRefusal.UrlMalformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of sources: record one (audited) and read them as their disclosure allows. Another module may call
 * {@link #record} inside its own transaction, e.g. to document a pledge it imports.
 */
@Service
public class Sources {

    static final String RECORD_TYPE = "source";
    static final int MAX_OUTLET = 300;
    static final int MAX_TITLE = 500;
    static final int MAX_URL = 2000;
    static final int MAX_EXCERPT = 20_000;
    /** What the source list sorts by; sources without a date of publication come after every dated one. */
    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of(
            "published", "coalesce(s.published_on, CAST('-infinity' AS date))",
            "number", "s.number", "outlet", "s.outlet", "title", "s.title", "kind", "s.kind",
            "language", "s.language").descendingFirst("published", "number");

    private final SourceRepository repository;
    private final CurrentViewer current;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sources(SourceRepository repository, CurrentViewer current, AccessPolicy access, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Records a source and returns its id; joins the caller's transaction. */
    @Transactional
    public UUID record(SourceDraft draft) {
        return recordSource(draft, new Violations()).id();
    }

    /** Records a source, reporting its problems together with those the caller found reading the input. */
    @Transactional
    public Source recordSource(SourceDraft d, Violations v) {
        access.require(SourcePermissions.toRecordSource(), Target.newRecord(RECORD_TYPE, current.organisationId()));
        Source draft = checked(d, v);
        repository.insert(draft);
        Source created = repository.find(draft.id()).orElseThrow();
        events.publishEvent(new RecordChanged(RECORD_TYPE, created.id(), created.owner(), "recorded", null, created,
                null));
        return created;
    }

    /**
     * The source a draft describes, by the rules every source follows (its problems added to {@code v}, thrown
     * when there are any), with a new id, recorded by the current user now; not yet stored.
     */
    Source checked(SourceDraft d, Violations v) {
        v.check(d.kind() != null, "kind", new KindMissing());
        String outlet = text(d.outlet());
        v.check(outlet != null && outlet.length() <= MAX_OUTLET, "outlet", new OutletMissing(MAX_OUTLET));
        String title = text(d.title());
        v.check(title != null && title.length() <= MAX_TITLE, "title", new TitleMissing(MAX_TITLE));
        String url = text(d.url());
        if (url != null) {
            v.check(url.length() <= MAX_URL, "url", new TooLong(MAX_URL, url.length()));
            v.check(isWebAddress(url), "url", new UrlMalformed(url));
        }
        LocalDate today = LocalDate.now(clock);
        v.check(d.publishedOn() == null || !d.publishedOn().isAfter(today), "publishedOn",
                new PublishedInFuture(d.publishedOn(), today));
        String language = text(d.language());
        v.check(language == null || language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"), "language",
                new LanguageMalformed(language));
        String excerpt = text(d.excerpt());
        v.check(excerpt == null || excerpt.length() <= MAX_EXCERPT, "excerpt",
                new TooLong(MAX_EXCERPT, excerpt == null ? 0 : excerpt.length()));
        v.throwIfAny();
        return new Source(UUID.randomUUID(), 0, d.kind(), outlet, title, url, d.publishedOn(), language,
                excerpt, d.disclosure() == null ? Disclosure.PUBLIC : d.disclosure(), current.organisationId(),
                clock.instant(), current.username(), 0);
    }

    /** A source the current viewer may see; otherwise 404, without saying whether it exists. */
    @Transactional(readOnly = true)
    public Source get(UUID id) {
        return repository.find(id, current.viewer()).orElseThrow(() -> {
            repository.find(id).ifPresent(hidden -> access.readRefused(new Target(RECORD_TYPE, id, hidden.owner())));
            return new NotFound(RECORD_TYPE, id);
        });
    }

    @Transactional(readOnly = true)
    public PageOf<Source> list(Paging paging) {
        return PageOf.of(repository.page(current.viewer(), paging), paging, repository.count(current.viewer()));
    }

    /** The sources with these ids that the current viewer may see. */
    @Transactional(readOnly = true)
    public List<Source> all(java.util.Collection<UUID> ids) {
        return repository.all(ids, current.viewer());
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
