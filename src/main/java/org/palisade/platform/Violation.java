package org.palisade.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One reason a request was refused, naming the field at fault (a JSON path such as {@code items[2].rank}).
 * A module's rule gives its {@link Refusal}, from which the message (English, for the API) and the wording
 * (for pages, in the reader's language) are said by {@link Refusals}; a check of the input's shape at the edge
 * may give a message only, or a bundle key of its own.
 */
public record Violation(String field, String message, @JsonIgnore MessageSourceResolvable wording,
        @JsonIgnore Refusal refusal) {

    public Violation(String field, String message) {
        this(field, message, null, null);
    }

    public Violation(String field, String message, MessageSourceResolvable wording) {
        this(field, message, wording, null);
    }

    public Violation(String field, Refusal refusal) {
        this(field, Refusals.english(refusal), null, refusal);
    }

    /** The words for pages: a refusal's are said in the language of the request being answered. */
    @Override
    @JsonIgnore
    public MessageSourceResolvable wording() {
        return refusal != null ? Refusals.wording(refusal, LocaleContextHolder.getLocale()) : wording;
    }
}
