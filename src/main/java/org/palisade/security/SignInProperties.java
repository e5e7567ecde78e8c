package org.palisade.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in, under {@code palisade.security}.
 *
 * @param maxFailedSignIns      failed sign-ins of one username from one address before it is locked out
 * @param lockout               how long failures count, and so how long a lockout lasts
 * @param demoPassword          password of the demo users; a documented demo default, only used when
 *                              {@code palisade.demo-data=true}
 * @param organisationClaim     claim of an external token holding the organisation code (e.g. "NLD")
 * @param rolesClaim            claim holding the roles, a list or a space/comma separated string
 * @param usernameClaim         claim used as the name in the audit trail (falls back to "sub")
 * @param contentSecurityPolicy the Content-Security-Policy header of every response
 */
@ConfigurationProperties("palisade.security")
record SignInProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("palisade-demo") String demoPassword,
        @DefaultValue("org") String organisationClaim,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'") String contentSecurityPolicy) {
}
