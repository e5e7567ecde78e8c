package org.palisade.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal of the API into an RFC 9457 problem: 400 malformed, 404 unknown, 409 state, 422 rules.
 * Field errors are listed under {@code errors} as {@code {field, message}} pairs; nothing internal
 * (stack traces, SQL) ever reaches the response. Only requests under {@code /api/} are answered here; a
 * page's failure goes on to the servlet error page, which renders HTML.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final String TYPE_BASE = "https://palisade.example/problems/";

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e, HttpServletRequest request) {
        apiOnly(request, e);
        return unprocessable(e.violations());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, HttpServletRequest request) {
        apiOnly(request, e);
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e, HttpServletRequest request) {
        apiOnly(request, e);
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        apiOnly(request, e);
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter",
                "Parameter '" + e.getName() + "' has an invalid value");
        pd.setProperty("errors", List.of(new Violation(e.getName(), "invalid value")));
        return pd;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request) {
        apiOnly(request, e);
        log.info("Refused a duplicate: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "duplicate", "Duplicate", "A record with the same identity already exists");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                "The request body is not valid JSON for this operation");
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.unprocessableContent().body(unprocessable(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Violation(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.unprocessableContent().body(unprocessable(violations));
    }

    /**
     * Refusals of Spring Security (e.g. method security on a use case) are not failures: they go back to the
     * security filters, which answer 401 or 403 as problems, instead of falling into the 500 handler below.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void refusedBySecurity(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        apiOnly(request, e);
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request could not be completed; nothing was saved");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            apiOnly(servlet.getRequest(), ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** Lets a failure of a page (not under /api/) go on to the HTML error page. */
    private static void apiOnly(HttpServletRequest request, Exception e) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.<RuntimeException>rethrow(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> void rethrow(Exception e) throws E {
        throw (E) e;
    }

    static ProblemDetail unprocessable(List<Violation> violations) {
        String detail = violations.isEmpty() ? "The request breaks a rule"
                : violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).get();
        ProblemDetail pd = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "Invalid request", detail);
        pd.setProperty("errors", violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return pd;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + type));
        pd.setTitle(title);
        return pd;
    }
}
