package vn.eoffice.platform;

import java.io.OutputStream;
import java.util.List;

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
    /** Height of one line of 12-point text, in points. */
    static final double LINE_HEIGHT = 15.75;

    private Spreadsheets() {
    }

    public static Workbook workbook(OutputStream out) {
        var workbook = new Workbook(out, "eOffice", "1.0");
        workbook.setGlobalDefaultFont(FONT, FONT_SIZE);
        return workbook;
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
        sheet.rowHeight(row, lines * LINE_HEIGHT + 3);
    }

    /** How many lines {@code text} takes when wrapped at word boundaries in a column {@code width} characters wide. */
    static int lines(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // proportional Times New Roman: about 1.1 average letters per width unit (the width of "0"), less padding
        int capacity = Math.max(1, (int) Math.floor((width - 1) * 1.1));
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
