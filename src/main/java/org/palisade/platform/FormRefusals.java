package org.palisade.platform;

import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Puts a use case's refusal onto the form that caused it: each violation beside the field it names, the rest
 * at the top of the form. The use case names fields as the API does ({@code amount.amount},
 * {@code contributors[1]}); the page maps those names to its own form fields.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    /**
     * @param fieldOf maps a violation's field to a form field, or to null when no single field fits
     */
    public static void bind(InvalidRequest refusal, BindingResult form, Function<String, String> fieldOf) {
        for (Violation violation : refusal.violations()) {
            String field = fieldOf.apply(violation.field());
            // a worded violation is shown from the bundles in the reader's language; otherwise "refused", which
            // has no entry in the bundles, shows the use case's own explanation
            MessageSourceResolvable wording = violation.wording();
            String code = wording == null ? "refused" : wording.getCodes()[0];
            Object[] args = wording == null ? null : wording.getArguments();
            if (field != null && form.getFieldErrorCount(field) == 0) {
                form.rejectValue(field, code, args, violation.message());
            } else if (field == null) {
                form.reject(code, args, violation.message());
            }
        }
    }
}
