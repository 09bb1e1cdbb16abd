package vn.eoffice.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.eoffice.platform.PartyLetterhead;

/**
 * A minimal Word (OOXML) document written by hand, which Word, LibreOffice and WPS all open: the HD 36-HD/VPTW
 * letterhead, centred headings, paragraphs, bordered tables, the signature block beside "Nơi nhận". Its styles part
 * makes Times New Roman 14 the default (Decree 30 / HD 36: body 13–14, tables 12–13), A4 with Decree 30 margins. No
 * library needed for so little.
 */
final class Docx {

    private final StringBuilder body = new StringBuilder();

    /** The letterhead as a borderless two-column table: committee, body, star and number | Party name, place, date. */
    Docx letterhead(PartyLetterhead head) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
                .append("</w:tblPr><w:tblGrid><w:gridCol w:w=\"4200\"/><w:gridCol w:w=\"4871\"/></w:tblGrid><w:tr>")
                .append("<w:tc>").append(centred(head.superiorLine(), "", 26))
                .append(centred(head.issuerLine(), "<w:b/>", 26))
                .append(centred("*", "", 26)).append(centred(head.numberLine(), "", 26)).append("</w:tc><w:tc>")
                .append(centred(PartyLetterhead.PARTY, "<w:b/><w:u w:val=\"single\"/>", 28))
                .append(centred(head.dateLine(), "<w:i/>", 26)).append("</w:tc></w:tr></w:tbl><w:p/>");
        return this;
    }

    /** The signature block (authority, title, room to sign, name) on the right, "Nơi nhận" on the left. */
    Docx signature(List<String> authority, String name, List<String> recipients) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
                .append("</w:tblPr><w:tblGrid><w:gridCol w:w=\"4200\"/><w:gridCol w:w=\"4871\"/></w:tblGrid><w:tr>")
                .append("<w:tc><w:p><w:r><w:rPr><w:b/><w:i/><w:sz w:val=\"24\"/></w:rPr>").append(run("Nơi nhận:"))
                .append("</w:r></w:p>");
        recipients.forEach(r -> body.append("<w:p><w:r><w:rPr><w:sz w:val=\"22\"/></w:rPr>").append(run("- " + r))
                .append("</w:r></w:p>"));
        body.append("</w:tc><w:tc>");
        authority.forEach(line -> body.append(centred(line, "<w:b/>", 28)));
        body.append(centred("", "", 28)).append(centred("", "", 28)).append(centred("", "", 28))
                .append(centred(name, "<w:b/>", 28)).append("</w:tc></w:tr></w:tbl>");
        return this;
    }

    private static String centred(String text, String properties, int halfPoints) {
        return "<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/></w:pPr><w:r><w:rPr>" + properties
                + "<w:sz w:val=\"" + halfPoints + "\"/></w:rPr>" + run(text) + "</w:r></w:p>";
    }

    Docx heading(String text, int halfPoints) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"").append(halfPoints)
                .append("\"/></w:rPr>").append(run(text)).append("</w:r></w:p>");
        return this;
    }

    Docx paragraph(String text) {
        return paragraph(text, false);
    }

    Docx paragraph(String text, boolean bold) {
        body.append("<w:p>").append(bold ? "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : "").append("<w:r>")
                .append(run(text)).append("</w:r></w:p>");
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
        // the header row repeats at the top of each page the table runs over
        body.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        cells(header, true);
        body.append("</w:tr>");
        rows.forEach(r -> row(r, false));
        body.append("</w:tbl><w:p/>");
        return this;
    }

    private void row(List<String> cells, boolean bold) {
        body.append("<w:tr>");
        cells(cells, bold);
        body.append("</w:tr>");
    }

    private void cells(List<String> cells, boolean bold) {
        for (String cell : cells) {
            body.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>")
                    .append(bold ? "<w:jc w:val=\"center\"/>" : "")
                    .append("</w:pPr><w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append(run(cell))
                    .append("</w:r></w:p></w:tc>");
        }
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
                    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                    </Types>""");
            put(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            put(zip, "word/styles.xml", STYLES);
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

    /** Times New Roman 14 by default (Vietnamese language), headings bold and centred, table text 13. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
            w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/>\
            <w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" \
            w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/>\
            </w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>\
            </w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="26"/></w:rPr></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>\
            <w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>\
            </w:style>
            </w:styles>""";

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
