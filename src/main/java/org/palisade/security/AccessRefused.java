package org.palisade.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A signed-in user tried something their organisation or role does not allow: answered 403 (a problem on the
 * API, the error page on the pages). The attempt has already been logged when this is thrown.
 */
public class AccessRefused extends AccessDeniedException {

    public AccessRefused(String message) {
        super(message);
    }
}
