package org.palisade.platform;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * For a form answered with a page rather than a redirect (a new access token shows its secret in the answer
 * itself): says where a second sending of the same form is sent instead of doing it again (see {@link SentOnce}).
 * Forms answered with a redirect need nothing: the redirect is their outcome.
 */
public final class FormReplay {

    static final String ATTRIBUTE = FormReplay.class.getName() + ".target";

    private FormReplay() {
    }

    /** A second sending of this form goes to this page (an address of the pages, e.g. "/account/tokens"). */
    public static void showsPage(String path) {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, path, RequestAttributes.SCOPE_REQUEST);
    }
}
