package org.palisade.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one translator of refusals: finds the {@link RefusalWords} of the refusal's module and says it in
 * English (for the API) or as a bundle key with arguments (for pages, in the reader's language).
 */
public final class Refusals {

    private static final List<RefusalWords<?>> WORDS = load();

    private Refusals() {
    }

    /** The refusal in the API's English. */
    public static String english(Refusal refusal) {
        return words(refusal).english(refusal);
    }

    /**
     * The refusal as the bundles say it to a reader of this language: its type's key and arguments, with the
     * English as the fallback.
     */
    public static MessageSourceResolvable wording(Refusal refusal, Locale locale) {
        return new DefaultMessageSourceResolvable(new String[] {key(refusal.getClass())},
                words(refusal).arguments(refusal, locale), english(refusal));
    }

    /**
     * The bundle key of a refusal type: its module, {@code refused}, and the type's name in lower case with
     * dashes, e.g. {@code packages.refused.illegal-move} for {@code packages.PackageRefusal.IllegalMove};
     * platform refusals have no module part ({@code refused.stale-version}).
     */
    public static String key(Class<?> type) {
        String pkg = type.getPackageName();
        String module = pkg.substring(pkg.lastIndexOf('.') + 1);
        String kebab = type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
        return (module.equals("platform") ? "" : module + ".") + "refused." + kebab;
    }

    /** A word of the bundles used inside a refusal's sentence, e.g. {@code package.status.FUNDED}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }

    /** Every module's words, for tests that check each refusal type is said in both languages. */
    public static List<RefusalWords<?>> all() {
        return WORDS;
    }

    @SuppressWarnings("unchecked")
    private static <R extends Refusal> RefusalWords<R> words(R refusal) {
        for (RefusalWords<?> w : WORDS) {
            if (w.type().isInstance(refusal)) {
                return (RefusalWords<R>) w;
            }
        }
        throw new IllegalStateException("no RefusalWords say " + refusal.getClass().getName()
                + "; list them in META-INF/services/" + RefusalWords.class.getName());
    }

    private static List<RefusalWords<?>> load() {
        List<RefusalWords<?>> found = new ArrayList<>();
        ServiceLoader.load(RefusalWords.class, Refusals.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }
}
