package org.palisade.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palisade.testing.BrowserTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The sorted lists on the demo data, in a database of their own, as a person sees them: screenshots at 1366 and
 * 375 px in English and Ukrainian under /tmp/shots-lists (to look at), and no list wider than a phone.
 */
@TestPropertySource(properties = "palisade.demo-data=true")
class ListScreenshotsIT extends BrowserTest {

    /** Screenshots of every reworked list at 1366 and 375 px in English and Ukrainian, for a person to look at. */
    @Test
    void screenshotsOfTheSortedLists() throws Exception {
        // a user of its own: other tests on the demo data may lock or sign out the shared ones
        users.create("lists-shots", "NATO", org.palisade.security.Role.COORDINATOR);
        signInAs("lists-shots");
        Path shots = Path.of("/tmp/shots-lists");
        Files.createDirectories(shots);
        List<String> narrowTooWide = new ArrayList<>();
        List<String> pages = new ArrayList<>(ListSortingIT.LISTS.keySet());
        // the other reworked pages: what waits (each part counted and paged), a search by a Ukrainian name
        pages.add("/waiting");
        pages.add("/search?q=%D0%B4%D0%B0%D0%BD%D1%96%D1%8F");
        for (String list : pages) {
            for (String lang : List.of("en", "uk")) {
                for (int width : List.of(1366, 375)) {
                    page.setViewportSize(width, 900);
                    open(list + (list.contains("?") ? "&" : "?") + "lang=" + lang);
                    String name = list.substring(1).replaceAll("\\?.*", "").replace('/', '-') + "-" + width + "-" + lang;
                    page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + ".png")).setFullPage(true));
                    if (width == 375) {
                        // the first screens of a long list, readable at once
                        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(name + "-top.png"))
                                .setFullPage(true).setClip(0, 0, 375, Math.min(1800, ((Number) page.evaluate(
                                        "document.documentElement.scrollHeight")).intValue())));
                    }
                    if (width == 375) {
                        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                        if (scrollWidth > 375) {
                            narrowTooWide.add(list + " " + lang + " " + scrollWidth);
                        }
                    }
                }
            }
        }
        assertThat(narrowTooWide).as("lists wider than a 375 px phone").isEmpty();
    }
}
