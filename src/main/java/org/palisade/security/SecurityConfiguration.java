package org.palisade.security;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: bearer personal access tokens
 * ({@link AccessTokens}), HTTP Basic for local users and, when an issuer is configured, bearer JWTs; no session and so no CSRF token, since no cookie authenticates it;
 * refusals are problem+json. The pages use form login (and OpenID Connect when a client is configured) with
 * a session, CSRF protection and a redirect to the sign-in page. On both, reads stay open to visitors (the
 * use cases show them public records only) and every change needs a signed-in user.
 *
 * <p>Only in a web application: a command run of the application (such as the audit verification) serves no
 * HTTP and needs none of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** Pages that hold a form for a change: shown only to a signed-in user. */
    static final String[] FORM_PAGES = {"/packages/new", "/contributions/new", "/organisations/new", "/sources/new",
        "/requirements/*/items/new", "/requirements/*/items/*/edit", "/imports", "/imports/**"};

    /**
     * Password sign-in, rate-limited. Declared as the application's AuthenticationManager so that no other
     * password check (such as Boot's generated default user) exists beside it.
     */
    @Bean
    AuthenticationManager passwordSignIn(LocalUsers users, PasswordEncoder passwordEncoder, SignInAttempts attempts,
            SignInProperties settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(
                username -> users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user")));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new RateLimitedSignIn(passwords, attempts, settings));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, ExternalIdentities identities,
            AccessTokens accessTokens, SignInProperties settings) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        AuthenticationManager bearer = bearerSignIn(accessTokens, jwtDecoder.getIfAvailable(), identities);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        // a read-only token is refused here, before any use case: it may change nothing at all
                        .anyRequest().access((authentication, request) -> new AuthorizationDecision(
                                signedIn(authentication.get()) && TokenAuthentication.mayChange(authentication.get()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookie authenticates the API (the session of the pages is not read here), so a forged
                // cross-site request carries no credentials: a CSRF token would protect nothing
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName("Palisade").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> securityHeaders(headers, settings))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .authenticationManagerResolver(request -> bearer));
        return http.build();
    }

    /**
     * Bearer values with the prefix of Palisade's own tokens are looked up as access tokens (no JWT decoding,
     * no call to the provider); anything else goes to the identity provider's JWT decoder, when one is
     * configured, and is refused otherwise.
     */
    private static AuthenticationManager bearerSignIn(AccessTokens accessTokens, JwtDecoder jwtDecoder,
            ExternalIdentities identities) {
        JwtAuthenticationProvider jwts = null;
        if (jwtDecoder != null) {
            jwts = new JwtAuthenticationProvider(jwtDecoder);
            jwts.setJwtAuthenticationConverter(token -> new BearerAuthentication(token,
                    identities.fromClaims(token.getClaims()).orElseThrow(() -> new InvalidBearerTokenException(
                            "The token names no organisation known to Palisade"))));
        }
        JwtAuthenticationProvider providerTokens = jwts;
        return authentication -> {
            String value = ((BearerTokenAuthenticationToken) authentication).getToken();
            if (TokenSecret.looksLike(value)) {
                return accessTokens.authenticate(value).orElseThrow(() -> new InvalidBearerTokenException(
                        "The access token is unknown, expired or revoked, or its user may not sign in"));
            }
            if (providerTokens == null) {
                throw new InvalidBearerTokenException("Not a Palisade access token");
            }
            return providerTokens.authenticate(authentication);
        };
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
            ExternalIdentities identities, SignInProperties settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // error pages render whatever the original request was refused for
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/account", "/account/**").authenticated()
                        // a form is filled only to be sent, and sending needs a signed-in user: visitors sign in
                        // first and come back to the form (the saved request), instead of losing what they typed
                        .requestMatchers(HttpMethod.GET, FORM_PAGES).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler((request, response, e) -> {
                            // the page shows the username again, so only the password is typed anew
                            request.getSession().setAttribute(SignInPages.LAST_USERNAME, request.getParameter("username"));
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof SignInLocked ? "/login?locked" : "/login?error"));
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(pageEntryPoint()))
                .headers(headers -> securityHeaders(headers, settings));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .failureUrl("/login?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers(identities))));
        }
        return http.build();
    }

    /** Pages send visitors to the sign-in page; an htmx request is told to load it as a whole page. */
    private static AuthenticationEntryPoint pageEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(401);
            } else {
                login.commence(request, response, e);
            }
        };
    }

    /** Maps the claims of an OpenID Connect sign-in to a Palisade user; an unknown organisation is refused. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(ExternalIdentities identities) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser oidc = standard.loadUser(request);
            SignedInUser user = identities.fromClaims(oidc.getClaims()).orElseThrow(() -> {
                log.info("OpenID Connect sign-in of '{}' refused: no known organisation in its claims",
                        oidc.getSubject());
                return new OAuth2AuthenticationException(new OAuth2Error("unknown_organisation",
                        "The identity provider named no organisation known to Palisade", null));
            });
            return new ExternalOidcUser(oidc, user);
        };
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, SignInProperties settings) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        // X-Content-Type-Options: nosniff and no-store cache headers stay on by default
    }
}
