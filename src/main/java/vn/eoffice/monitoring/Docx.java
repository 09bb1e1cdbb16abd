package vn.eoffice.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Word (OOXML) document written by hand: centred headings, paragraphs and bordered tables in Times New
 * Roman, which Word, LibreOffice and WPS all open. No library needed for so little.
 */
final class Docx {

    private final StringBuilder body = new StringBuilder();

    Docx heading(String text, int halfPoints) {
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"").append(halfPoints)
                .append("\"/></w:rPr>").append(run(text)).append("</w:r></w:p>");
        return this;
    }

    Docx paragraph(String text) {
        return paragraph(text, false);
    }

    Docx paragraph(String text, boolean bold) {
        body.append("<w:p><w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append(run(text)).append("</w:r></w:p>");
        return this;
    }

    Docx table(List<String> header, List<List<String>> rows) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        // Word insists on a grid (LibreOffice does not); equal columns across the text width (9071 twips)
        header.forEach(h -> body.append("<w:gridCol w:w=\"").append(9071 / header.size()).append("\"/>"));
        body.append("</w:tblGrid>");
        row(header, true);
        rows.forEach(r -> row(r, false));
        body.append("</w:tbl><w:p/>");
        return this;
    }

    private void row(List<String> cells, boolean bold) {
        body.append("<w:tr>");
        for (String cell : cells) {
            body.append("<w:tc><w:p><w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append(run(cell))
                    .append("</w:r></w:p></w:tc>");
        }
        body.append("</w:tr>");
    }

    /** Text with line breaks kept. */
    private static String run(String text) {
        var lines = (text == null ? "" : text).split("\\r?\\n", -1);
        var out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<w:br/>");
            }
            out.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
        }
        return out.toString();
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    byte[] bytes() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body
                    + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\""
                    + " w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
                    + "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
