package org.palisade.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palisade.platform.WebPages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands every page template the starts its viewer may make, as {@code can}: the answers of each module's
 * {@link PageAbilities}, so a button is shown by the same rule the use case enforces. It holds no rule itself.
 */
@ControllerAdvice(annotations = WebPages.class)
class PageOffers {

    private final CurrentViewer current;
    private final List<PageAbilities> modules;

    PageOffers(CurrentViewer current, List<PageAbilities> modules) {
        this.current = current;
        this.modules = modules;
    }

    @ModelAttribute("can")
    Map<String, Boolean> can() {
        Viewer viewer = current.viewer();
        Map<String, Boolean> can = new LinkedHashMap<>();
        modules.forEach(m -> can.putAll(m.grantedTo(viewer)));
        return can;
    }
}
