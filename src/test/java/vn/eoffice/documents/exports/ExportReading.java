package vn.eoffice.documents.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;

/**
 * Reads exported files back independently of the writers: PDF with PDFBox's text stripper, XLSX by unzipping it
 * and parsing the sheet XML.
 */
public final class ExportReading {

    private ExportReading() {
    }

    public record Pdf(String text, int pages, boolean landscape) {
    }

    public static Pdf pdf(byte[] bytes) throws IOException {
        try (var pdf = Loader.loadPDF(bytes)) {
            var box = pdf.getPage(0).getMediaBox();
            return new Pdf(new PDFTextStripper().getText(pdf), pdf.getNumberOfPages(), box.getWidth() > box.getHeight());
        }
    }

    /** The first worksheet's rows as text (shared strings resolved, numbers as written). */
    public static List<List<String>> xlsx(byte[] bytes) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        // the central directory is authoritative (the writer streams entries with data descriptors)
        var temp = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(temp, bytes);
            try (var zip = new java.util.zip.ZipFile(temp.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var shared = new ArrayList<String>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/sharedStrings.xml")));
            var items = doc.getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
        }
        var sheet = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml")));
        var rows = new ArrayList<List<String>>();
        var rowNodes = sheet.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            var cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            var row = new ArrayList<String>();
            for (int c = 0; c < cells.getLength(); c++) {
                var cell = (Element) cells.item(c);
                var values = cell.getElementsByTagName("v");
                String value = values.getLength() > 0 ? values.item(0).getTextContent() : cell.getTextContent();
                row.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(value)) : value);
            }
            rows.add(row);
        }
        return rows;
    }
}
