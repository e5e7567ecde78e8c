package org.palisade.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form a page renders with {@code th:action} and {@code method="post"} a key of its own, in a hidden
 * field {@value #PARAMETER} beside the CSRF token. {@link SentOnce} records each key once, so a double click or a
 * resent form changes nothing twice. Done where Thymeleaf asks for the CSRF field, so no form can forget it.
 */
final class FormKeys implements BeanPostProcessor {

    /** The request parameter that carries a rendered form's key. */
    static final String PARAMETER = "formKey";
    private static final String METHOD = FormKeys.class.getName() + ".method";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestDataValueProcessor csrf && !(bean instanceof KeyPerForm)) {
            return new KeyPerForm(csrf);
        }
        return bean;
    }

    static String fresh() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Spring Security's processor (the CSRF field) with a fresh form key added to every form sent by POST. */
    private record KeyPerForm(RequestDataValueProcessor csrf) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String method) {
            // Thymeleaf asks for the action first and for the hidden fields right after, form by form
            request.setAttribute(METHOD, method);
            return csrf.processAction(request, action, method);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return csrf.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = csrf.getExtraHiddenFields(request);
            Object method = request.getAttribute(METHOD);
            request.removeAttribute(METHOD);
            if (!"post".equalsIgnoreCase(String.valueOf(method))) {
                return fields;
            }
            Map<String, String> withKey = new LinkedHashMap<>(fields == null ? Map.of() : fields);
            withKey.put(PARAMETER, fresh());
            return withKey;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return csrf.processUrl(request, url);
        }
    }
}
