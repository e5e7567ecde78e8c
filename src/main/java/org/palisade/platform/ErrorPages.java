package org.palisade.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failed page request (unknown address, refused action, unexpected failure) renders
 * {@code templates/error.html} in the reader's language. Only the status and a kind of error reach the
 * template: never the exception, its message or a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("status", status.value());
        page.put("kind", kind(status));
        page.put("details", List.of());
        return new ModelAndView("error", page, status);
    }

    /** The message-key family of an error status: error.not-found.title, error.conflict.explain, ... */
    static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN, UNAUTHORIZED -> "forbidden";
            case CONFLICT -> "conflict";
            case UNPROCESSABLE_CONTENT -> "invalid";
            default -> status.is4xxClientError() ? "bad-request" : "failed";
        };
    }
}
