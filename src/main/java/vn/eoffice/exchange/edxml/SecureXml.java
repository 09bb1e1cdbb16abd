package vn.eoffice.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.SAXException;

/** DOM parsing with no DTD, no external entity, no XInclude; serialising without reformatting (signatures). */
final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = factory();

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

    static Document parse(byte[] bytes) {
        try {
            return builder().parse(new ByteArrayInputStream(bytes));
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
