package vn.eoffice.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Spreadsheets;

/** A person's year as XLSX: each period's decided points and rating, then the year's average and rating; audited. */
@Service
@Transactional
public class YearExports {

    private static final double[] WIDTHS = { 6, 46, 10, 26 };

    private final EvaluationYears years;
    private final MessageSource messages;
    private final AuditLog audit;

    YearExports(EvaluationYears years, MessageSource messages, AuditLog audit) {
        this.years = years;
        this.messages = messages;
        this.audit = audit;
    }

    public byte[] xlsx(CurrentUser user, Long personUserId, int year, Locale locale) {
        var result = years.year(user, personUserId, year);
        var headers = List.of(text(locale, "evaluation.export.col.no"), text(locale, "evaluation.year.col.period"),
                text(locale, "evaluation.export.col.points"), text(locale, "evaluation.export.col.decided"));
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var p : result.periods()) {
            rows.add(List.of(String.valueOf(n++), p.name(), points(p.points()), rating(p.rating(), locale)));
        }
        rows.add(List.of("", text(locale, "evaluation.year.total", year), points(result.average()),
                rating(result.rating(), locale)));
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            var sheet = workbook.newWorksheet("Nam " + year);
            sheet.value(0, 0, text(locale, "evaluation.year.title", result.personName(), year));
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, text(locale, "evaluation.year.decidedOf", result.decided(), result.expected()));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(3, c, headers.get(c));
                sheet.style(3, c).bold().wrapText(true).borderStyle("thin").set();
                sheet.width(c, WIDTHS[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(4 + r, c, rows.get(r).get(c));
                    sheet.style(4 + r, c).wrapText(true).borderStyle("thin").set();
                }
            }
            if (result.capped()) {
                sheet.value(5 + rows.size(), 0, text(locale, "evaluation.year.capped"));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EVALUATION_YEAR_EXPORTED", "USER", personUserId, year + " XLSX");
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    public String fileName(Long personUserId, int year) {
        return "xep-loai-nam-" + year + "-" + personUserId + ".xlsx";
    }

    private static String points(BigDecimal points) {
        return points == null ? "" : points.toPlainString().replace('.', ',');
    }

    private String rating(Rating rating, Locale locale) {
        return rating == null ? "" : text(locale, rating.label());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
