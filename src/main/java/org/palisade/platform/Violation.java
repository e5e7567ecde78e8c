package org.palisade.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSourceResolvable;

/**
 * One reason a request was refused, naming the field at fault (a JSON path such as {@code items[2].rank}).
 * The wording, when given, lets pages say it in the reader's language; the API answers with the message.
 */
public record Violation(String field, String message, @JsonIgnore MessageSourceResolvable wording) {

    public Violation(String field, String message) {
        this(field, message, null);
    }
}
