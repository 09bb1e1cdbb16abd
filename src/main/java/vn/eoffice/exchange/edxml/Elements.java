package vn.eoffice.exchange.edxml;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace-aware DOM helpers for edXML: every element is in {@link PackageCodec#NS}, written with prefix edXML. */
final class Elements {

    private static final String P = "edXML:";

    private Elements() {
    }

    static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(PackageCodec.NS, P + name);
        parent.appendChild(child);
        return child;
    }

    static void text(Element parent, String name, String value) {
        if (value != null && !value.isBlank()) {
            add(parent, name).setTextContent(value);
        }
    }

    static void number(Element parent, String name, Integer value) {
        if (value != null) {
            add(parent, name).setTextContent(value.toString());
        }
    }

    static Element child(Element parent, String name) {
        var found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The children named {@code name} in the edXML namespace. Some SDK-based implementations write the attachment
     * block without a namespace; it is signed like the rest, so both are read.
     */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())
                    && (element.getNamespaceURI() == null || PackageCodec.NS.equals(element.getNamespaceURI()))) {
                found.add(element);
            }
        }
        return found;
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }

    static Element required(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            throw new PackageRejected("Gói tin thiếu phần tử " + name);
        }
        return child;
    }

    /** The trimmed text of a child; absent or blank gives null (SDKs write empty elements for unknown values). */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return null;
        }
        String value = child.getTextContent().trim();
        return value.isEmpty() ? null : value;
    }

    static String requiredText(Element parent, String name) {
        String value = text(parent, name);
        if (value == null) {
            throw new PackageRejected("Gói tin thiếu " + name);
        }
        return value;
    }

    static Integer integer(String text, String field, int min, int max, Integer absent) {
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PackageRejected("Giá trị không hợp lệ ở " + field + ": " + Dates.abbreviate(text));
        }
    }
}
