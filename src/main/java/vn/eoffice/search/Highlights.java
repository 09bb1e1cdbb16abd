package vn.eoffice.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns highlighter output into safe HTML. The highlighter marks matches with private-use sentinels, never with
 * tags, so the whole text can be escaped first and only then the sentinels become {@code <mark>} elements: a
 * {@code <script>} in a summary is shown as text.
 */
final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private Highlights() {
    }

    /** Removes the sentinels from indexed text, so a document cannot forge a mark. */
    static String clean(String text) {
        return text == null ? null : text.replace(START, "").replace(END, "");
    }

    static String safeHtml(String highlighted) {
        if (highlighted == null) {
            return null;
        }
        return HtmlUtils.htmlEscape(highlighted, "UTF-8").replace(START, "<mark>").replace(END, "</mark>");
    }
}
