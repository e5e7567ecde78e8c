package org.palisade.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on pages become the shared error page with the right status and the domain's own explanation
 * ("package 3 is funded; only contract or cancel are allowed"), in the reader's language when the refusal
 * is a module's {@link Refusal}; unexpected failures fall through to the
 * container's error page, which never shows a stack trace.
 */
@ControllerAdvice(annotations = WebPages.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletResponse response) {
        return errorPage(HttpStatus.NOT_FOUND, List.of(), response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        // a malformed id in the address is, for a person, a page that does not exist
        return errorPage(HttpStatus.NOT_FOUND, List.of(), response);
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView conflict(Conflict e, HttpServletResponse response, Locale locale) {
        log.info("Page action refused: {}", e.getMessage());
        return errorPage(HttpStatus.CONFLICT, List.of(messages.getMessage(e.wording(), locale)), response);
    }

    @ExceptionHandler(InvalidRequest.class)
    ModelAndView invalid(InvalidRequest e, HttpServletResponse response, Locale locale) {
        // pages show field errors inline; this is the fallback for a rule no form field could show
        return errorPage(HttpStatus.UNPROCESSABLE_CONTENT, e.violations().stream()
                .map(v -> v.wording() == null ? v.message() : messages.getMessage(v.wording(), locale)).toList(),
                response);
    }

    static ModelAndView errorPage(HttpStatus status, List<String> details, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("kind", ErrorPages.kind(status));
        page.addObject("details", details);
        // htmx swaps only successful responses by default; tell it to show this page in full instead
        response.setHeader("HX-Retarget", "body");
        response.setHeader("HX-Reswap", "innerHTML");
        return page;
    }
}
