package vn.eoffice.files.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Text of an office document's main XML part with a StAX parser that refuses DTDs and external entities (no XXE,
 * no entity-expansion bombs). Paragraph ends become new lines.
 */
final class XmlText {

    /** Which elements carry text, end a paragraph, or stand for a tab or a line break. */
    record Vocabulary(String namespace, Set<String> text, Set<String> paragraph, Set<String> tab,
            Set<String> lineBreak, Set<String> space) {
    }

    static final Vocabulary WORD = new Vocabulary(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            Set.of("t"), Set.of("p"), Set.of("tab"), Set.of("br", "cr"), Set.of());
    static final Vocabulary OPEN_DOCUMENT = new Vocabulary("urn:oasis:names:tc:opendocument:xmlns:text:1.0",
            Set.of("p", "h", "span", "a"), Set.of("p", "h"), Set.of("tab"), Set.of("line-break"), Set.of("s"));

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private XmlText() {
    }

    static String fromZipEntry(Path file, String entryName, Vocabulary vocabulary) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException("missing " + entryName);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return text(in, vocabulary);
            }
        }
    }

    static String text(InputStream in, Vocabulary vocabulary) throws IOException {
        var out = new StringBuilder();
        int insideText = 0;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            while (reader.hasNext() && out.length() <= TextExtractor.MAX_CHARS) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ours(reader, vocabulary)) {
                    String name = reader.getLocalName();
                    if (vocabulary.text().contains(name)) {
                        insideText++;
                    } else if (vocabulary.tab().contains(name)) {
                        out.append('\t');
                    } else if (vocabulary.lineBreak().contains(name)) {
                        out.append('\n');
                    } else if (vocabulary.space().contains(name)) {
                        out.append(' ');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && ours(reader, vocabulary)) {
                    String name = reader.getLocalName();
                    if (vocabulary.text().contains(name)) {
                        insideText--;
                    }
                    if (vocabulary.paragraph().contains(name)) {
                        out.append('\n');
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && insideText > 0) {
                    out.append(reader.getText());
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new IOException("DTDs and entities are not accepted in office documents");
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException("unreadable XML", e);
        }
        return out.toString();
    }

    private static boolean ours(XMLStreamReader reader, Vocabulary vocabulary) {
        return vocabulary.namespace().equals(reader.getNamespaceURI());
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own implementation, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
