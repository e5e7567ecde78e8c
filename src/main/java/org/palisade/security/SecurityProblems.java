package org.palisade.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals by the security filters, as RFC 9457 problems like every other API error: 401 when
 * sign-in is missing or failed, 429 while a username is locked out, 403 when the signed-in user may not do
 * this. They are written here because the filters answer before any controller (and so before the
 * {@code @RestControllerAdvice}) is reached. Only the rule an {@link AccessRefused} names reaches the body.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    // the same problem type base as the platform's ProblemResponses
    private static final String TYPE_BASE = "https://palisade.example/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);


    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // a visitor's refused change never reaches a use case, so it is logged here
        log.info("Refused without sign-in: {} {} from {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr());
        if (e instanceof SignInLocked locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfter().toSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Too many failed sign-ins",
                    "Sign-in for this username is locked for a while after repeated failures; try again later");
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Palisade\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, e instanceof OAuth2AuthenticationException
                ? "Bearer realm=\"Palisade\", error=\"invalid_token\"" : "Bearer realm=\"Palisade\"");
        boolean credentialsGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                credentialsGiven ? "Sign-in failed" : "Sign-in required",
                credentialsGiven ? "The credentials or token were not accepted"
                        : "Sign in (a bearer access token, or HTTP Basic) to do this");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // an AccessRefused names the rule in words written for the caller; anything else stays generic
        String detail = e instanceof AccessRefused ? e.getMessage()
                : !TokenAuthentication.mayChange(SecurityContextHolder.getContext().getAuthentication())
                        ? "This access token is read-only: it may read but not change anything"
                        : "Your organisation or role does not allow this";
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
