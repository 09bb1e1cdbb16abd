package vn.eoffice.organization.addressbook;

import java.util.List;

/** Writes CSV that Excel opens correctly in Vietnamese: UTF-8 with a byte-order mark, CRLF line ends. */
final class CsvWriter {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);
    private final char separator;

    CsvWriter(char separator) {
        this.separator = separator;
    }

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(escape(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    private String escape(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(',') >= 0 || value.indexOf(';') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
