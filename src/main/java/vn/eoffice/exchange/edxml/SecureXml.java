package vn.eoffice.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** DOM parsing with no DTD, no external entity, no XInclude; serialising without reformatting (signatures). */
final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = factory();
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SecureXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creating a builder configures a whole parser; one per thread, reset before each use, is much cheaper. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    static DocumentBuilder builder() {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        builder.setErrorHandler(null);
        return builder;
    }

    static Document newDocument() {
        return builder().newDocument();
    }

    /**
     * A UTF-8 package (QCVN 102's encoding, and what every package declaring no other is) is decoded strictly in one
     * pass and parsed from its characters: the parser's own decoder reads the large base64 attachments one character
     * at a time. A package in another declared encoding is left to the parser.
     */
    static Document parse(byte[] bytes) {
        try {
            if (!declaresUtf8(bytes)) {
                return builder().parse(new ByteArrayInputStream(bytes));
            }
            int bom = utf8Bom(bytes) ? 3 : 0;
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
            return builder().parse(new InputSource(new StringReader(text)));
        } catch (CharacterCodingException e) {
            throw new PackageRejected("Gói tin không phải XML hợp lệ: có chuỗi byte không đúng bảng mã UTF-8", e);
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new PackageRejected("DTD và thực thể ngoài không được phép trong gói tin", e);
            }
            throw new PackageRejected("Gói tin không phải XML hợp lệ", e);
        } catch (java.io.IOException e) {
            throw new PackageRejected("Không đọc được gói tin", e);
        }
    }

    /** No byte order mark and no encoding declared, or UTF-8 declared (in any case, with either quote). */
    private static boolean declaresUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF || bytes[0] == 0
                || bytes[1] == 0)) {
            return false; // UTF-16 or UTF-32, with or without a byte order mark
        }
        int start = utf8Bom(bytes) ? 3 : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, 200), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return true;
        }
        int end = head.indexOf("?>");
        Matcher encoding = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        return !encoding.find() || encoding.group(1).equalsIgnoreCase("UTF-8")
                || encoding.group(1).equalsIgnoreCase("UTF8");
    }

    private static boolean utf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static byte[] serialize(Document document) {
        // DOM Load and Save writes the tree as it is (no reformatting, so the signature stays valid) and is much
        // faster than an identity Transformer on packages with large base64 text nodes
        var implementation = (DOMImplementationLS) document.getImplementation();
        LSSerializer serializer = implementation.createLSSerializer();
        serializer.getDomConfig().setParameter("xml-declaration", true);
        LSOutput output = implementation.createLSOutput();
        output.setEncoding("UTF-8");
        var out = new ByteArrayOutputStream();
        output.setByteStream(out);
        if (!serializer.write(document, output)) {
            throw new IllegalStateException("could not write the package");
        }
        return out.toByteArray();
    }
}
