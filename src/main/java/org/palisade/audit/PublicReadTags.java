package org.palisade.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.palisade.platform.EntityTags;
import org.palisade.security.CurrentViewer;
import org.palisade.security.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Public reads answer with an {@code ETag} of the ledger state ({@link LedgerVersion}) and {@code 304 Not
 * Modified} when the client already holds it, before any figure or coverage is worked out: unchanged data
 * costs two indexed lookups. Covers the figures, the package list, a package's coverage and the public ledger
 * in the API, and the dashboard and the public ledger's pages and downloads. One package ({@code GET /api/v1/packages/{id}}) tags its answer itself, with its record
 * version (which clients send back as {@code If-Match}) and {@link LedgerVersion} for its coverage.
 *
 * <p>A page tag also names the language and the session, since the page carries both (its words, and the
 * sign-out form's CSRF token); a page showing a one-time notice, or switching language, is never answered
 * from the client's copy.
 */
@Component
class PublicReadTags implements HandlerInterceptor, WebMvcConfigurer {

    static final String[] API_PATHS = {"/api/v1/figures/**", "/api/v1/packages", "/api/v1/packages/*/coverage",
        "/api/v1/ledger", "/api/v1/ledger/**"};
    /** The dashboard, and the public ledger's pages and downloads (in the reader's language, so tagged as pages). */
    static final String[] PAGE_PATHS = {"/", "/ledger", "/ledger/**"};

    private final LedgerVersion ledger;
    private final CurrentViewer current;

    PublicReadTags(LedgerVersion ledger, CurrentViewer current) {
        this.ledger = ledger;
        this.current = current;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(API_PATHS).addPathPatterns(PAGE_PATHS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        // a language switch (?lang=) must reach the interceptor that remembers it
        if (page && ((flash != null && !flash.isEmpty()) || request.getParameter("lang") != null)) {
            return true;
        }
        Viewer viewer = current.viewer();
        StringBuilder tag = new StringBuilder("W/\"").append(ledger.tag(viewer));
        if (page) {
            HttpSession session = request.getSession(false);
            tag.append('-').append(RequestContextUtils.getLocale(request).toLanguageTag());
            if (session != null) {
                tag.append('-').append(LedgerVersion.shortHash(session.getId()));
            }
        }
        String etag = tag.append('"').toString();
        EntityTags.describe(response, etag, viewer.signedIn(),
                page ? EntityTags.VARY + ", Accept-Language" : EntityTags.VARY);
        if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        return true;
    }
}
