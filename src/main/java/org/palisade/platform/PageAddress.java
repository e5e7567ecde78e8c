package org.palisade.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the page being answered, as a link back to it with some query parameters changed: a sort heading
 * or a page link keeps the reader's filters and search and changes only its own parameter. The language
 * parameter is dropped (the language cookie keeps it). Parameters are kept as the browser sent them (encoded).
 */
public record PageAddress(String path, String query) {

    /** The current request's address without these parameters (and without {@code lang}). */
    public static PageAddress current(String... dropped) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return of(request.getRequestURI(), request.getQueryString(), dropped);
    }

    static PageAddress of(String path, String query, String... dropped) {
        List<String> drop = Arrays.asList(dropped);
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (pair.isEmpty() || name.equals("lang") || drop.contains(name)) {
                    continue;
                }
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return new PageAddress(path, kept.toString());
    }

    /** This address with one more parameter (names and values here are the page's own: letters, digits, commas). */
    public PageAddress with(String name, Object value) {
        String pair = name + "=" + UriComponentsBuilder.newInstance().queryParam("v", value).encode().build()
                .getQuery().substring(2);
        return new PageAddress(path, query.isEmpty() ? pair : query + "&" + pair);
    }

    /** The parameters, decoded, in order: the hidden fields of a form that sends this address on. */
    public List<java.util.Map.Entry<String, String>> parameters() {
        List<java.util.Map.Entry<String, String>> found = new java.util.ArrayList<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int cut = pair.indexOf('=');
                String name = cut < 0 ? pair : pair.substring(0, cut);
                String value = cut < 0 ? "" : pair.substring(cut + 1);
                found.add(java.util.Map.entry(decode(name), decode(value)));
            }
        }
        return found;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** The link: path and query. */
    public String href() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        return href();
    }

    /** Links to the pages of one list on this page, each changing only {@code param}. */
    public PageLinks pages(String param) {
        return new PageLinks(this, param);
    }

    /** The links to the pages of a list: {@code to(2)} is this address with {@code param=2}. */
    public record PageLinks(PageAddress base, String param) {
        public String to(int page) {
            return base.with(param, page).href();
        }
    }
}
