package vn.eoffice.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every workbook eOffice hands out shares so that it opens cleanly and prints as a clerk expects: Times New
 * Roman 12 as the default style, A4 landscape fitted to the page width with the header row repeated on every page and
 * "Trang x/y" at the foot, and rows tall enough for their wrapped text (spreadsheet programs do not grow a row
 * written with a fixed height, and fastexcel writes none).
 */
public final class Spreadsheets {

    public static final String FONT = "Times New Roman";
    public static final int FONT_SIZE = 12;
    /** The size of the text in tables: 30 register entries fit on two A4 landscape pages. */
    public static final int TABLE_FONT_SIZE = 11;
    private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"");
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)\\d+\"");

    private Spreadsheets() {
    }

    public static Workbook workbook(OutputStream out) {
        var workbook = new Workbook(out, "eOffice", "1.0");
        workbook.setGlobalDefaultFont(FONT, FONT_SIZE);
        return workbook;
    }

    /**
     * One sheet holding a report's table: the title (bold, 14 pt) and its scope above, the header row (bold, wrapped)
     * at row 4, then one bordered row per line, each as tall as its tallest cell, printed A4 landscape.
     */
    public static byte[] titledTable(String sheetName, String title, String scope, List<String> headers,
            List<List<String>> rows, double[] widths) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = workbook(out);
            var sheet = workbook.newWorksheet(sheetName);
            sheet.value(0, 0, title);
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, scope);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(3, c, headers.get(c));
                sheet.style(3, c).bold().wrapText(true).borderStyle("thin").set();
                sheet.width(c, widths[c]);
            }
            fitRow(sheet, 3, headers, widths);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(4 + r, c, rows.get(r).get(c));
                    sheet.style(4 + r, c).wrapText(true).borderStyle("thin").set();
                }
                fitRow(sheet, 4 + r, rows.get(r), widths);
            }
            printLandscape(sheet, 3);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withDimensions(out.toByteArray());
    }

    /** A4 landscape, as wide as one page and as many pages long as needed, rows up to {@code headerRow} repeated. */
    public static void printLandscape(Worksheet sheet, int headerRow) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(headerRow, headerRow);
        sheet.leftMargin(0.5f);
        sheet.rightMargin(0.4f);
        sheet.topMargin(0.5f);
        sheet.bottomMargin(0.6f);
        sheet.footer("Trang &P/&N", Position.CENTER);
    }

    /**
     * Sets the height of {@code row} to hold its tallest cell, {@code texts[i]} wrapped in a column {@code widths[i]}
     * characters wide.
     */
    public static void fitRow(Worksheet sheet, int row, List<String> texts, double[] widths) {
        int lines = 1;
        for (int i = 0; i < texts.size() && i < widths.length; i++) {
            lines = Math.max(lines, lines(texts.get(i), widths[i]));
        }
        sheet.rowHeight(row, lines * TABLE_FONT_SIZE * 1.3 + 3);
    }

    /**
     * The workbook with each sheet's {@code <dimension>} naming its used range (fastexcel leaves "A1"), which
     * readers use to size the sheet before reading it.
     */
    public static byte[] withDimensions(byte[] xlsx) {
        var out = new ByteArrayOutputStream(xlsx.length + 64);
        try {
            // read through the central directory: fastexcel's local headers are not what ZipInputStream expects
            Path temp = Files.createTempFile("eoffice-xlsx", ".zip");
            try (var zip = new ZipOutputStream(out)) {
                Files.write(temp, xlsx);
                try (var in = new ZipFile(temp.toFile())) {
                    for (var entry : java.util.Collections.list(in.entries())) {
                        byte[] content;
                        try (var stream = in.getInputStream(entry)) {
                            content = stream.readAllBytes();
                        }
                        if (entry.getName().startsWith("xl/worksheets/sheet")) {
                            content = dimension(new String(content, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8);
                        }
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        zip.write(content);
                        zip.closeEntry();
                    }
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String dimension(String sheet) {
        int rows = 1;
        var row = ROW.matcher(sheet);
        while (row.find()) {
            rows = Math.max(rows, Integer.parseInt(row.group(1)));
        }
        String column = "A";
        var cell = CELL.matcher(sheet);
        while (cell.find()) {
            String c = cell.group(1);
            if (c.length() > column.length() || (c.length() == column.length() && c.compareTo(column) > 0)) {
                column = c;
            }
        }
        return sheet.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:" + column + rows + "\"/>");
    }

    /** How many lines {@code text} takes when wrapped at word boundaries in a column {@code width} characters wide. */
    static int lines(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // proportional Times New Roman: about 1.1 average letters of 12 points per width unit (the width of "0" in
        // the default font), more in the smaller table text, less the padding
        int capacity = Math.max(1, (int) Math.floor((width - 1) * 1.1 * FONT_SIZE / TABLE_FONT_SIZE));
        int lines = 0;
        for (String paragraph : text.split("\\r?\\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" +")) {
                int length = word.codePointCount(0, word.length());
                if (used > 0 && used + 1 + length > capacity) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > capacity) {
                    lines++;
                    used -= capacity;
                }
            }
        }
        return lines;
    }
}
