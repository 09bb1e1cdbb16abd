package vn.eoffice.organization.addressbook;

import java.util.ArrayList;
import java.util.List;

import vn.eoffice.platform.DomainException;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted fields may hold separators, doubled quotes and line breaks.
 * The separator is a comma or, as Vietnamese Excel writes it, a semicolon: whichever the header line uses more.
 * A leading byte-order mark is ignored.
 */
final class CsvParser {

    /** One record with the file line it starts on, for error reports. */
    record Row(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvParser() {
    }

    static List<Row> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return parse(content, separatorOf(content));
    }

    static char separatorOf(String content) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<Row> parse(String content, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean pending = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && !nextIs(content, i, '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                pending = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                pending = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && nextIs(content, i, '\n')) {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                pending = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                pending = true;
            }
        }
        if (quoted) {
            throw new DomainException("addressBook.csv.unclosedQuote", String.valueOf(rowStart));
        }
        if (pending || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }

    private static boolean nextIs(String content, int i, char expected) {
        return i + 1 < content.length() && content.charAt(i + 1) == expected;
    }
}
