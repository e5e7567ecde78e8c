package org.palisade.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.palisade.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's state as an entity tag for public reads. Every change appends one audit entry in its own
 * transaction and entries are never removed, so the number of committed entries (the sequenced ones, numbered
 * 1..n, plus those still waiting for the sequencer) grows with every committed change and with nothing else
 * that readers see: two reads that count the same saw the same ledger. Counting is cheap (the highest sequence
 * number and the short unsequenced queue, both indexed), and no writer waits for another to keep it.
 */
@Component
public class LedgerVersion {

    private final JdbcClient jdbc;

    LedgerVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many changes the ledger has committed. */
    public long changes() {
        return jdbc.sql("""
                SELECT coalesce((SELECT max(sequence) FROM audit_entry), 0)
                     + (SELECT count(*) FROM audit_entry WHERE sequence IS NULL)""")
                .query(Long.class).single();
    }

    /**
     * An opaque tag of the ledger state as this viewer reads it, e.g. {@code L120-a}. Viewers who may see
     * different records get different tags (visitors, the system, and each organisation with its roles), so a
     * cache never hands one viewer's answer to another.
     */
    public String tag(Viewer viewer) {
        return "L" + changes() + "-" + viewerClass(viewer);
    }

    static String viewerClass(Viewer viewer) {
        if (viewer.system()) {
            return "s";
        }
        if (!viewer.signedIn()) {
            return "a";
        }
        String roles = viewer.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return shortHash(viewer.organisationId() + "/" + roles);
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
