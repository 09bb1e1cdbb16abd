package vn.eoffice.study;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import vn.eoffice.platform.DomainException;

/** The rows of a roster file, XLSX (first sheet) or CSV (UTF-8, comma or semicolon), each with its row number. */
final class PartyMemberFile {

    static final int MAX_ROWS = 20_000;

    record Row(int number, List<String> cells) {
        String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    private PartyMemberFile() {
    }

    static List<Row> rows(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("study.member.import.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Row> rows;
        if (bytes.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            rows = workbook(bytes);
        } else if (name.endsWith(".csv")) {
            rows = csv(bytes);
        } else {
            throw new DomainException("study.member.import.format");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new DomainException("study.member.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static List<Row> workbook(byte[] bytes) {
        var rows = new ArrayList<Row>();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                var stream = book.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                var cells = new ArrayList<String>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    var cell = r.getCell(c);
                    cells.add(cell == null ? "" : cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                            ? cell.asNumber().stripTrailingZeros().toPlainString() : cell.getText());
                }
                rows.add(new Row(r.getRowNum(), cells));
            });
        } catch (IOException | RuntimeException e) {
            throw new DomainException("study.member.import.unreadable");
        }
        return rows;
    }

    /** Plain CSV: quoted cells may hold the separator; a doubled quote is a quote. */
    private static List<Row> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new DomainException("study.member.import.encoding");
        }
        var lines = text.split("\\r?\\n", -1);
        char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
        var rows = new ArrayList<Row>();
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                rows.add(new Row(n + 1, split(lines[n], separator)));
            }
        }
        return rows;
    }

    private static List<String> split(String line, char separator) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
