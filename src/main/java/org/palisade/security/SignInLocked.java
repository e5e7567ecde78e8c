package org.palisade.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this username from this address: refused without checking the password. */
final class SignInLocked extends AuthenticationException {

    private final Duration retryAfter;

    SignInLocked(Duration retryAfter) {
        super("Too many failed sign-ins; try again later");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
