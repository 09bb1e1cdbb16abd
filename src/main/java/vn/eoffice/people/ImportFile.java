package vn.eoffice.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;

/**
 * The rows of an uploaded list, XLSX (first sheet) or CSV (UTF-8, comma or semicolon): everything else — old .xls,
 * workbooks with macros, other files — is refused, as are files over {@link #MAX_BYTES} or {@link #MAX_ROWS} rows.
 * Date cells come back as dd/MM/yyyy, whole numbers without decimals.
 */
final class ImportFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2000;

    /** A row as numbered in the spreadsheet program (the header is row 1). */
    record Line(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private ImportFile() {
    }

    static List<Line> read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("people.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("people.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw new DomainException("people.import.oldExcel");
        }
        var lines = ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes)
                : name.endsWith(".csv") || name.endsWith(".txt") ? csv(bytes) : null;
        if (lines == null) {
            throw new DomainException("people.import.format");
        }
        if (lines.size() > MAX_ROWS + 1) {
            throw new DomainException("people.import.tooManyRows", MAX_ROWS);
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] bytes) {
        checkPackage(bytes);
        var lines = new ArrayList<Line>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
                var rows = workbook.getFirstSheet().openStream()) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                var row = iterator.next();
                if (lines.size() > MAX_ROWS + 1) {
                    break;
                }
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell));
                }
                lines.add(new Line(row.getRowNum(), cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new DomainException("people.import.unreadable");
        }
        return lines;
    }

    private static String text(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT);
            if (format.contains("d") && format.contains("y")) {
                return Dates.DATE.format(cell.asDate().toLocalDate());
            }
            var number = cell.asNumber().stripTrailingZeros();
            return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    /** A workbook, not a document or a macro-enabled workbook renamed .xlsx. */
    private static void checkPackage(byte[] bytes) {
        try {
            Path temp = Files.createTempFile("eoffice-import", ".zip");
            try {
                Files.write(temp, bytes);
                try (var zip = new ZipFile(temp.toFile())) {
                    var names = Collections.list(zip.entries()).stream().map(e -> e.getName().toLowerCase(Locale.ROOT))
                            .toList();
                    if (names.stream().anyMatch(n -> n.endsWith("vbaproject.bin") || n.contains("macrosheets/"))) {
                        throw new DomainException("people.import.macros");
                    }
                    if (!names.contains("xl/workbook.xml")) {
                        throw new DomainException("people.import.format");
                    }
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new DomainException("people.import.unreadable");
        }
    }

    private static List<Line> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("people.import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, firstLine);
        char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        var lines = new ArrayList<Line>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new Line(number++, List.copyOf(cells)));
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new DomainException("people.import.unclosedQuote");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new Line(number, List.copyOf(cells)));
        }
        return lines;
    }
}
