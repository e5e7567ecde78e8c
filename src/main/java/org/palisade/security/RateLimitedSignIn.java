package org.palisade.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form login and HTTP Basic alike) with a lockout: after too many failures for one
 * username from one address, further attempts are refused before the password is even checked, so a
 * locked account gives a guesser no answer at all.
 */
final class RateLimitedSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(RateLimitedSignIn.class);

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final SignInProperties settings;

    RateLimitedSignIn(AuthenticationProvider passwords, SignInAttempts attempts, SignInProperties settings) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (attempts.lockedOut(username, address)) {
            log.warn("Sign-in refused (locked out) for '{}' from {}", printable(username), address);
            throw new SignInLocked(settings.lockout());
        }
        try {
            Authentication result = passwords.authenticate(request);
            attempts.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            // unknown users and wrong passwords count alike, so the lockout does not reveal which names exist
            attempts.failed(username, address);
            log.info("Sign-in failed for '{}' from {}", printable(username), address);
            throw e instanceof BadCredentialsException ? e : new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    // usernames come from the attacker: keep line breaks and control characters out of the log
    private static String printable(String text) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
