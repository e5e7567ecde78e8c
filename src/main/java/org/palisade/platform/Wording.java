package org.palisade.platform;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal in the words of the message bundles: a key and its arguments, with the English sentence of the
 * API as the fallback. Pages resolve it in the reader's language; the API keeps the English message. An
 * argument made with {@link #term} (a status, an action) is itself translated.
 */
public final class Wording {

    private Wording() {
    }

    /** The sentence {@code key} with these arguments, falling back to {@code english}. */
    public static MessageSourceResolvable of(String english, String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, Arrays.copyOf(args, args.length), english);
    }

    /** A word of the bundles used inside a sentence, e.g. {@code package.status.FUNDED}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }
}
