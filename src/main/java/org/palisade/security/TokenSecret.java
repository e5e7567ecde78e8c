package org.palisade.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a personal access token: {@value #PREFIX} followed by 256 random bits in URL-safe base64. The
 * prefix lets secret scanners recognise a leaked token and lets the API tell it from an identity provider's JWT.
 * Only {@link #hash()} is stored.
 */
record TokenSecret(String value) {

    static final String PREFIX = "pal_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = PREFIX.length() + 43;

    static TokenSecret generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Whether a bearer value is meant as a Palisade token (a JWT never starts with this prefix). */
    static boolean looksLike(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }

    /** Whether it has the shape of a secret this class makes: anything else is refused without a query. */
    boolean wellFormed() {
        return value.length() == LENGTH && value.substring(PREFIX.length()).chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** SHA-256 of the whole secret: 256 random bits need no slow hash, and each API call computes this once. */
    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters, shown in token lists so their owner can tell which one leaked. */
    String hint() {
        return value.substring(0, PREFIX.length() + 4);
    }

    @Override
    public String toString() {
        // never into a log by accident
        return hint() + "…";
    }
}
