package org.palisade.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The SHA-256 of an entry: over a canonical text holding every stored field except the hash itself, the
 * previous entry's hash included. The format is documented in docs/OPERATIONS.md so that anyone can recompute
 * it outside Palisade; changing it breaks every existing chain.
 */
final class ChainHash {

    /** The link of the first entry: there is no previous entry. */
    static final String GENESIS = "0".repeat(64);

    // Fixed microseconds, PostgreSQL's own precision, so the text does not depend on trailing zeros.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    static String of(ChainRow row) {
        return sha256(canonicalText(row));
    }

    static String canonicalText(ChainRow row) {
        StringBuilder text = new StringBuilder("palisade-audit-v1\n");
        field(text, "sequence", row.sequence());
        field(text, "prev_hash", row.prevHash());
        field(text, "id", row.id());
        field(text, "occurred_at", row.occurredAt());
        field(text, "actor", row.actor());
        field(text, "actor_organisation_id", row.actorOrganisationId());
        field(text, "record_type", row.recordType());
        field(text, "record_id", row.recordId());
        field(text, "owner_organisation_id", row.owner());
        field(text, "action", row.action());
        field(text, "before", row.before());
        field(text, "after", row.after());
        field(text, "reason", row.reason());
        field(text, "sequenced_at", row.sequencedAt());
        return text.toString();
    }

    // Length-prefixed values: no value (a reason with a newline, say) can pass for another field's text.
    private static void field(StringBuilder text, String name, Object value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            String s = value instanceof Instant instant ? TIME.format(instant) : value.toString();
            text.append(s.getBytes(StandardCharsets.UTF_8).length).append(':').append(s);
        }
        text.append('\n');
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
