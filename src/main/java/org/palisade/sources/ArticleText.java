package org.palisade.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an article, pasted as plain text or HTML: markup stripped, entities decoded, and the
 * text cut into paragraphs of sentences. Block elements and blank lines end a paragraph, because a pronoun
 * or "the package" rarely reaches across one.
 */
final class ArticleText {

    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<(script|style|noscript|template|svg|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|figure|figcaption|hr|dd|dt)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("yen", "¥"), Map.entry("cent", "¢"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "),
            Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("deg", "°"), Map.entry("middot", "·"), Map.entry("bull", "•"));

    private final List<List<String>> paragraphs;

    private ArticleText(List<List<String>> paragraphs) {
        this.paragraphs = paragraphs;
    }

    static ArticleText of(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (looksLikeHtml(text)) {
            text = DROPPED.matcher(text).replaceAll(" ");
            text = text.replaceAll("\\s*\n\\s*", " ");
            text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
            text = TAG.matcher(text).replaceAll("");
        }
        text = decodeEntities(text);
        text = text.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ').replace("\u200b", "");
        List<List<String>> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n|\n(?=\\s*[A-Z\"“‘'(])")) {
            String paragraph = block.replaceAll("\\s+", " ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(Sentences.of(paragraph));
            }
        }
        return new ArticleText(paragraphs);
    }

    /** Paragraphs, each its sentences in order. */
    List<List<String>> paragraphs() {
        return paragraphs;
    }

    private static boolean looksLikeHtml(String text) {
        return Pattern.compile("(?i)<(p|div|br|span|a|html|body|article|h[1-6]|li|strong|em|b|i)\\b[^>]*>|</[a-z]+>")
                .matcher(text).find();
    }

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                decoded = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
            } else if (name.startsWith("#")) {
                decoded = codePoint(Integer.parseInt(name.substring(1)), m.group());
            } else {
                decoded = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value, String original) {
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : original;
    }
}
