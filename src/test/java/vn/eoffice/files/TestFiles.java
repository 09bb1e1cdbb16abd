package vn.eoffice.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Real test files built in code: PDFs with Vietnamese text (DejaVu Sans embedded), minimal DOCX/ODT/XLSX packages,
 * images through ImageIO, and hostile archives.
 */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf(String... lines) {
        return pdf(false, lines);
    }

    /** A PDF of {@code count} A4 pages, each saying which page it is. */
    public static byte[] pdfOfPages(int count) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= count; i++) {
                var page = new PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 13);
                    content.newLineAtOffset(72, 760);
                    content.showText("Page " + i + " of " + count);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf(String... lines) {
        return pdf(true, lines);
    }

    private static byte[] pdf(boolean encrypted, String... lines) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream();
                InputStream fontFile = TestFiles.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            var font = PDType0Font.load(document, fontFile);
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String... paragraphs) {
        return docxWithDocumentXml(wordDocument(paragraphs));
    }

    public static String wordDocument(String... paragraphs) {
        var body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(paragraph).append("</w:t></w:r></w:p>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>";
    }

    public static byte[] docxWithDocumentXml(String documentXml) {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>"));
        entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        entries.put("word/document.xml", utf8(documentXml));
        return zip(entries);
    }

    public static byte[] xlsx() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        entries.put("xl/workbook.xml", utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        return zip(entries);
    }

    public static byte[] odt(String... paragraphs) {
        var body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(paragraph).append("</text:p>");
        }
        return openDocument("application/vnd.oasis.opendocument.text",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    public static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet", "<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }

    private static byte[] openDocument(String mimetype, String content) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            var first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            var crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8(content));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] image(String format) {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xA50E0E);
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of an OLE2 compound file (Word/Excel 97–2003) followed by padding: enough for sniffing. */
    public static byte[] ole2() {
        byte[] bytes = new byte[1024];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    /**
     * A minimal but well-formed OLE2 compound file (one FAT sector, one directory sector) whose directory lists the
     * given streams, e.g. "WordDocument" for Word 97–2003 or "Workbook" for Excel 97–2003 (at most three).
     */
    public static byte[] compoundFile(String... streams) {
        var file = java.nio.ByteBuffer.allocate(512 * 3).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        file.put(ole2(), 0, 8);
        file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE);
        file.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
        file.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096);
        file.putInt(0x3C, 0xFFFFFFFE).putInt(0x44, 0xFFFFFFFE);
        file.putInt(0x4C, 0);
        for (int i = 1; i < 109; i++) {
            file.putInt(0x4C + i * 4, 0xFFFFFFFF);
        }
        for (int i = 0; i < 128; i++) {
            file.putInt(512 + i * 4, i == 0 ? 0xFFFFFFFD : i == 1 ? 0xFFFFFFFE : 0xFFFFFFFF);
        }
        directoryEntry(file, 1024, "Root Entry", 5);
        for (int i = 0; i < streams.length; i++) {
            directoryEntry(file, 1024 + (i + 1) * 128, streams[i], 2);
        }
        return file.array();
    }

    private static void directoryEntry(java.nio.ByteBuffer file, int offset, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(offset, utf16);
        file.putShort(offset + 0x40, (short) (utf16.length + 2));
        file.put(offset + 0x42, (byte) type);
        file.putInt(offset + 0x44, 0xFFFFFFFF).putInt(offset + 0x48, 0xFFFFFFFF).putInt(offset + 0x4C, 0xFFFFFFFF);
        file.putInt(offset + 0x74, 0xFFFFFFFE);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(String name, byte[] content) {
        return zip(Map.of(name, content));
    }

    /** A small archive that inflates to {@code megabytes} of zeros. */
    public static byte[] zeroBomb(String entryName, int megabytes) {
        return zip(entryName, new byte[megabytes * 1024 * 1024]);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
