package org.palisade.sources;

import java.time.LocalDate;
import org.palisade.security.Disclosure;
import org.springframework.format.annotation.DateTimeFormat;

/** A new source, as the page's form sends it. */
public class SourceForm {
    /** A key per rendered form (see Idempotency#onceForForm): sending it twice records one source. */
    private String formKey = java.util.UUID.randomUUID().toString();
    private SourceKind kind = SourceKind.NEWS_ARTICLE;
    private String outlet;
    private String title;
    private String url;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;
    private String language = "en";
    private String excerpt;
    private Disclosure disclosure = Disclosure.PUBLIC;

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public SourceKind getKind() { return kind; }
    public void setKind(SourceKind kind) { this.kind = kind; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getExcerpt() { return excerpt; }
    public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
    public Disclosure getDisclosure() { return disclosure; }
    public void setDisclosure(Disclosure disclosure) { this.disclosure = disclosure; }

    SourceDraft draft() {
        return new SourceDraft(kind, outlet, title, url, publishedOn, language, excerpt, disclosure);
    }
}
