package org.palisade.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs to know about the current request: which section is open and the address of
 * this same page in another language. Used from templates as {@code @navigation}; works on error pages too,
 * where the request is a forward to {@code /error}.
 */
@Component("navigation")
public class Navigation {

    /**
     * The section the current page belongs to: the first segment of its path ("packages" for
     * /packages/{id}), "dashboard" for the start page. Templates compare it as a plain variable because
     * Thymeleaf evaluates generic attributes such as {@code th:aria-current} in a restricted mode that refuses
     * bean calls.
     */
    public String section() {
        String current = currentPath();
        if ("/".equals(current)) {
            return "dashboard";
        }
        int end = current.indexOf('/', 1);
        return end < 0 ? current.substring(1) : current.substring(1, end);
    }

    /**
     * This page (with the context path) with {@code lang} set to the given language, keeping every other query
     * parameter. Templates use it as it is: Thymeleaf refuses link expressions built from beans.
     */
    public String inLanguage(String language) {
        HttpServletRequest request = request();
        if (request == null) {
            return "?lang=" + language;
        }
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null : request.getQueryString();
        // the path comes from the servlet container (already normalised); only the query is rebuilt
        return UriComponentsBuilder.fromPath(request.getContextPath() + currentPath()).query(query)
                .replaceQueryParam("lang", language).build().toUriString();
    }

    String currentPath() {
        HttpServletRequest request = request();
        if (request == null) {
            return "/";
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    private static HttpServletRequest request() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }
}
