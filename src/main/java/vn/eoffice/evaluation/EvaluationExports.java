package vn.eoffice.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.PdfLayout;
import vn.eoffice.platform.Spreadsheets;

/**
 * A period's results as the personnel office files them (STT, Họ và tên, Chức vụ, Đơn vị, Tự đánh giá, Đề xuất, Tập
 * thể, Quyết định xếp loại, Điểm), as XLSX or PDF, to whoever reads the same results on screen; each file audited.
 */
@Service
@Transactional
public class EvaluationExports {

    /** The file formats offered. */
    public enum Format { XLSX, PDF }

    private static final String[] HEADERS = { "no", "name", "title", "unit", "self", "proposed", "collective",
            "decided", "points" };
    private static final double[] WIDTHS = { 5, 24, 18, 24, 14, 14, 14, 22, 8 };

    private final EvaluationQueries queries;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    EvaluationExports(EvaluationQueries queries, OrganizationDirectory organization, MessageSource messages,
            AuditLog audit, Clock clock) {
        this.queries = queries;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public byte[] export(CurrentUser user, Long periodId, Long unitId, Format format, Locale locale) {
        var report = queries.report(user, periodId, unitId);
        var headers = java.util.Arrays.stream(HEADERS).map(h -> text(locale, "evaluation.export.col." + h)).toList();
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var row : report.rows()) {
            rows.add(List.of(String.valueOf(n++), row.personName(), nz(row.personTitle()), row.unitName(),
                    rating(row.self(), locale), rating(row.proposed(), locale), rating(row.collective(), locale),
                    rating(row.decided(), locale), row.points().toPlainString()));
        }
        String title = text(locale, "evaluation.export.title", report.period().name());
        String scope = report.unitId() == null ? organization.agency(user.agencyId()).name()
                : queries.unitName(report.unitId());
        var today = LocalDate.now(clock);
        byte[] file = format == Format.XLSX ? xlsx(title, scope, headers, rows) : pdf(user, title, scope, headers,
                rows, today);
        audit.record("EVALUATION_EXPORTED", "EVALUATION_PERIOD", periodId, format + (unitId == null ? ""
                : " unit " + unitId) + ", " + rows.size() + " rows");
        return file;
    }

    public String fileName(Long periodId, Format format) {
        return "xep-loai-ky-" + periodId + "." + format.name().toLowerCase(Locale.ROOT);
    }

    private static byte[] xlsx(String title, String scope, List<String> headers, List<List<String>> rows) {
        return Spreadsheets.titledTable("Xep loai", title, scope, headers, rows, WIDTHS);
    }

    private byte[] pdf(CurrentUser user, String title, String scope, List<String> headers, List<List<String>> rows,
            LocalDate today) {
        var head = organization.letterhead(user.agencyId(), null, today.getYear());
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) WIDTHS[i];
        }
        return PdfLayout.a4(true).letterhead(head, head.dateLine(today)).centred(title, PdfLayout.Style.BOLD, 14)
                .centred(scope + " — " + Dates.DATE.format(today), PdfLayout.Style.ITALIC, 12).space(8)
                .table(headers, widths, rows, 10).bytes();
    }

    private String rating(Rating rating, Locale locale) {
        return rating == null ? "" : text(locale, rating.label());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
