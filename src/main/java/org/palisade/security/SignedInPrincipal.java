package org.palisade.security;

/** A Spring Security principal that knows the Palisade user behind it, whatever way they signed in. */
interface SignedInPrincipal {

    SignedInUser signedInUser();
}
