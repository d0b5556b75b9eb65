package figs.output.svg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Renames every id of an SVG document to {@code prefix + hash + "-" + old id}, the hash taken over the
 * document itself, and rewrites every reference to match ({@code url(#...)} and {@code href="#..."}).
 * Two different figures pasted into one HTML page then never share an id, even from the same scene
 * (Batik counts ids from 1 in every file), while the same figure still gets the same bytes every run.
 */
final class ContentIds {
    /** 12 hex digits, 48 bits: two figures of one page collide with odds of about one in 10^14. */
    private static final int HASH_HEX = 12;
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    private ContentIds() {}

    /** {@code serialized} is the document as it would be written now; its hash names the ids. */
    static void rename(Element root, String serialized, String prefix) {
        String hash = sha256(serialized).substring(0, HASH_HEX);
        Map<String, String> renamed = new HashMap<>();
        NodeList all = root.getElementsByTagName("*");
        for (Element e : elements(root, all)) {
            String id = e.getAttribute("id");
            if (!id.isEmpty()) renamed.put(id, prefix + hash + "-" + unprefixed(id, prefix));
        }
        for (Element e : elements(root, all)) rewrite(e, renamed);
    }

    /** Batik's ids already carry the prefix; the hash goes between it and the counter-based name. */
    private static String unprefixed(String id, String prefix) {
        return id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    }

    private static void rewrite(Element e, Map<String, String> renamed) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String value = a.getValue();
            if (a.getName().equals("id") && renamed.containsKey(value)) {
                a.setValue(renamed.get(value));
            } else if (a.getName().endsWith("href") && value.startsWith("#") && renamed.containsKey(value.substring(1))) {
                a.setValue("#" + renamed.get(value.substring(1)));
            } else if (value.contains("url(#")) {
                Matcher m = URL_REFERENCE.matcher(value);
                a.setValue(m.replaceAll(r -> Matcher.quoteReplacement(
                        "url(#" + renamed.getOrDefault(r.group(1), r.group(1)) + ")")));
            }
        }
    }

    private static java.util.List<Element> elements(Element root, NodeList descendants) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        out.add(root);
        for (int i = 0; i < descendants.getLength(); i++) out.add((Element) descendants.item(i));
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
