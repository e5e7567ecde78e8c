package org.palisade.platform;

import java.io.IOException;
import java.util.Properties;

/** Lets tests in other packages read the message bundles the way {@link TemplateTextTest} does. */
public final class TemplateTextTestAccess {

    private TemplateTextTestAccess() {
    }

    public static Properties bundle(String language) throws IOException {
        return TemplateTextTest.bundle(language);
    }
}
