package org.palisade.money;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import org.palisade.platform.WebPages;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one way every page form reads a money amount or a rate: in the reader's own notation
 * ({@link AmountNotation}). A text that is not an amount becomes the field's "typeMismatch" error, shown
 * beside the field with an example in the page's language. The API reads JSON numbers and is not affected.
 */
@ControllerAdvice(annotations = WebPages.class)
class AmountInput {

    @InitBinder
    void amountsInTheReadersNotation(WebDataBinder binder, Locale locale) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(AmountNotation.parse(text, locale));
            }

            @Override
            public String getAsText() {
                return AmountNotation.print((BigDecimal) getValue(), locale);
            }
        });
    }
}
