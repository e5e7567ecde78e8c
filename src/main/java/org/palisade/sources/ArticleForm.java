package org.palisade.sources;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An article to import, as the page's form sends it (the file, when uploaded, comes beside it). */
public class ArticleForm {
    /** A key per rendered form (see Idempotency#onceForForm): sending it twice imports once. */
    private String formKey = java.util.UUID.randomUUID().toString();
    private String text;
    private String outlet;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;
    private String language = "en";
    private String title;
    private String url;

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
