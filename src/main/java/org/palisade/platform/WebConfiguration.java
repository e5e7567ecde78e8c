package org.palisade.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages of the pages: English (the default) and Ukrainian, chosen with {@code ?lang=uk} on any page and
 * remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    WebConfiguration(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key in every form the pages render (see {@link SentOnce}). */
    @Bean
    static FormKeys formKeys() {
        return new FormKeys();
    }

    /**
     * English is British English: dates read "4 Apr 2023", not the American "Apr 4, 2023" that most readers in
     * a European coalition would misread. Ukrainian is Ukrainian as written in Ukraine.
     */
    static final Locale ENGLISH = Locale.UK;
    static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.forLanguageTag("uk-UA"));

    /**
     * Defined here rather than by Boot because Boot only configures a message source when a base
     * {@code messages.properties} exists; we keep exactly one file per language and fall back to English,
     * never to the server's own locale.
     */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    /**
     * "/requirements/" is the same page as "/requirements": on the pages, a typed or pasted trailing slash is
     * redirected to the address without it. The API's addresses are left as they are.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.filter.UrlHandlerFilter> trailingSlash() {
        var filter = org.springframework.web.filter.UrlHandlerFilter.trailingSlashHandler("/requirements/**", "/packages/**",
                "/contributions/**", "/organisations/**", "/exchange-rates/**", "/audit/**", "/account/**")
                .redirect(org.springframework.http.HttpStatus.MOVED_PERMANENTLY).build();
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver("palisade-lang");
        // without a choice yet, follow the browser's language when we have it, otherwise English
        resolver.setDefaultLocaleFunction(request -> SupportedLocaleResolver.supported(request.getLocale()));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // a hand-edited ?lang=xx must not break the page
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        // every form of the pages changes something at most once; the API has its Idempotency-Key instead
        registry.addInterceptor(new SentOnce(jdbc)).excludePathPatterns("/api/**");
    }

    /** Keeps only languages that have a message bundle, so a cookie or parameter cannot ask for another. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        static Locale supported(Locale locale) {
            if (locale == null) {
                return ENGLISH;
            }
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                    .findFirst().orElse(ENGLISH);
        }
    }
}
