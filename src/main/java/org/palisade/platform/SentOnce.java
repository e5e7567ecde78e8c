package org.palisade.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Each rendered form of the pages changes something at most once. Its key (see {@link FormKeys}) is claimed in
 * the database before the change runs; a second sending of the same form (a double click, a resent page, a second
 * tab) waits until the first is done and is sent where the first went, with a note that it had been sent already.
 * A first sending that was refused (the form comes back with its errors) or failed releases its key, so the
 * corrected form can be sent. Claimed keys live beside the API's idempotency keys, scoped to the form's address
 * and the signed-in user.
 *
 * <p>The claim is committed on its own, before the change: were the application to stop between the two, the
 * form's key stays claimed without an outcome and a resent form is told to look at the record instead of
 * recording it again (at most once, never twice). Changes refused as outdated (the version a form carries) stay
 * the last line of defence.
 */
final class SentOnce implements HandlerInterceptor {

    static final String ALREADY_SENT = "form.already-sent";
    static final String STILL_SENDING = "form.still-sending";
    private static final String CLAIM = SentOnce.class.getName() + ".claim";
    /** How long a second sending waits for the first one's outcome. */
    private static final long PATIENCE_MILLIS = 15_000;

    private final JdbcClient jdbc;

    SentOnce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Claim(String scope, String key) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!"POST".equals(request.getMethod()) || !(handler instanceof HandlerMethod)) {
            return true;
        }
        String key = request.getParameter(FormKeys.PARAMETER);
        if (key == null || key.isBlank() || key.length() > 200) {
            return true; // a hand-made request without a key simply runs; the version it carries still guards it
        }
        String scope = scope(request);
        String hash = hash(request.getParameterMap());
        long giveUpAt = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            int claimed = jdbc.sql("""
                    INSERT INTO idempotency_key (scope, key, request_hash) VALUES (:scope, :key, :hash)
                    ON CONFLICT (scope, key) DO NOTHING""")
                    .param("scope", scope).param("key", key).param("hash", hash).update();
            if (claimed == 1) {
                request.setAttribute(CLAIM, new Claim(scope, key));
                return true;
            }
            var outcome = jdbc.sql("SELECT location FROM idempotency_key WHERE scope = :scope AND key = :key")
                    .param("scope", scope).param("key", key)
                    .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).list();
            if (outcome.isEmpty()) {
                continue; // the first sending was refused or failed meanwhile: this one runs
            }
            if (outcome.get(0).isPresent()) {
                sendTo(outcome.get(0).get(), ALREADY_SENT, request, response);
                return false;
            }
            if (System.currentTimeMillis() > giveUpAt) {
                String back = request.getHeader("Referer");
                sendTo(back == null ? request.getContextPath() + "/" : back, STILL_SENDING, request, response);
                return false;
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        Claim claim = (Claim) request.getAttribute(CLAIM);
        if (claim == null) {
            return;
        }
        String target = outcome(request, response, view);
        if (target == null) {
            release(claim);
            return;
        }
        jdbc.sql("""
                UPDATE idempotency_key SET response_status = 303, location = :location
                WHERE scope = :scope AND key = :key""")
                .param("location", target).param("scope", claim.scope()).param("key", claim.key()).update();
        request.removeAttribute(CLAIM);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        Claim claim = (Claim) request.getAttribute(CLAIM);
        if (claim != null) {
            release(claim); // the handler failed (an error page): nothing was changed, the form may be sent again
        }
    }

    /**
     * Where a second sending goes: the redirect the first one answered; for a page answered directly without
     * errors, the page its handler named ({@link FormReplay}, e.g. a new access token showing its secret once).
     * Forms that came back with their errors, other pages, and parts of pages (htmx) have no outcome to repeat:
     * their key is released.
     */
    private static String outcome(HttpServletRequest request, HttpServletResponse response, ModelAndView view) {
        if (view == null || response.getStatus() >= 400 || request.getHeader("HX-Request") != null) {
            return null;
        }
        if (view.getView() instanceof RedirectView redirect) {
            return redirect.getUrl();
        }
        String name = view.getViewName();
        if (name != null && name.startsWith("redirect:")) {
            String target = name.substring("redirect:".length());
            return target.startsWith("/") ? request.getContextPath() + target : target;
        }
        Object page = request.getAttribute(FormReplay.ATTRIBUTE);
        boolean refused = view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        return page == null || refused ? null : request.getContextPath() + page;
    }

    private void release(Claim claim) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = :scope AND key = :key AND response_status IS NULL")
                .param("scope", claim.scope()).param("key", claim.key()).update();
    }

    private static void sendTo(String target, String noticeKey, HttpServletRequest request,
            HttpServletResponse response) throws java.io.IOException {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(Notice.ATTRIBUTE, new Notice(noticeKey));
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        response.sendRedirect(target);
    }

    /** A form's key belongs to its address and to the user who was shown it. */
    private static String scope(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String name = caller == null || !caller.isAuthenticated() ? "" : caller.getName();
        String scope = "page form " + request.getRequestURI() + " by " + name;
        return scope.length() > 200 ? scope.substring(0, 200) : scope;
    }

    private static String hash(Map<String, String[]> parameters) {
        Map<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(FormKeys.PARAMETER)) {
                sorted.put(name, String.join("\u0000", values));
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sorted.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
