package vn.eoffice.study;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.PdfLayout;
import vn.eoffice.platform.Spreadsheets;

/**
 * A programme's figures as a spreadsheet and as the consolidated report (báo cáo kết quả học tập, quán triệt) in the
 * Party document layout, each holding exactly what its reader sees on the figures page; every file audited.
 */
@Service
@Transactional
public class StudyExports {

    private static final String[] HEADERS = { "no", "committee", "expected", "registered", "studied", "ofRegistered",
            "ofExpected", "present", "madeUp", "absent", "required", "submitted", "graded", "byGrade",
            "downloads" };
    private static final double[] WIDTHS = { 5, 30, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 18, 9 };

    private final StudyFigures figures;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    StudyExports(StudyFigures figures, OrganizationDirectory organization, MessageSource messages, AuditLog audit,
            Clock clock) {
        this.figures = figures;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures table as XLSX. */
    public byte[] xlsx(CurrentUser user, Long programmeId, Locale locale) {
        var f = figures.programme(user, programmeId, text(locale, "study.figures.total"));
        var rows = rows(f, locale);
        byte[] file = Spreadsheets.titledTable("Ket qua hoc tap", text(locale, "study.export.title",
                f.programme().notation()), f.programme().title(), headers(locale), rows, WIDTHS);
        audit.record("STUDY_FIGURES_EXPORTED", "STUDY_PROGRAMME", programmeId, "XLSX, " + f.rows().size() + " rows");
        return file;
    }

    /** The consolidated report: HD 36 letterhead of the reader's agency, the programme, the figures table. */
    public byte[] report(CurrentUser user, Long programmeId, Locale locale) {
        var f = figures.programme(user, programmeId, text(locale, "study.figures.total"));
        var today = LocalDate.now(clock);
        var head = organization.letterhead(user.agencyId(), "BC", today.getYear());
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) WIDTHS[i];
        }
        var studied = f.showsTotal() ? f.total() : CommitteeFigures.total("", f.rows());
        byte[] pdf = PdfLayout.a4(true).letterhead(head, head.dateLine(today))
                .centred(text(locale, "study.report.title"), PdfLayout.Style.BOLD, 14)
                .centred(text(locale, "study.report.subject", f.programme().title()), PdfLayout.Style.BOLD, 13)
                .space(6)
                .paragraph(text(locale, "study.report.summary", f.rows().size(), studied.registered(),
                        studied.studied(), percent(studied.studiedOfRegistered()), studied.present(),
                        studied.madeUp(), studied.submitted(), studied.reflectionsRequired()),
                        PdfLayout.Style.REGULAR, 12)
                .space(6).table(headers(locale), widths, rows(f, locale), 9).bytes();
        audit.record("STUDY_REPORT_EXPORTED", "STUDY_PROGRAMME", programmeId, "PDF, " + f.rows().size() + " rows");
        return pdf;
    }

    public String fileName(Long programmeId, String extension) {
        return "ket-qua-hoc-tap-" + programmeId + "." + extension;
    }

    private List<String> headers(Locale locale) {
        return Arrays.stream(HEADERS).map(h -> text(locale, "study.figures.col." + h)).toList();
    }

    private List<List<String>> rows(ProgrammeFigures f, Locale locale) {
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var row : f.rows()) {
            rows.add(row(String.valueOf(n++), row, locale));
        }
        if (f.showsTotal()) {
            rows.add(row("", f.total(), locale));
        }
        return rows;
    }

    private List<String> row(String no, CommitteeFigures r, Locale locale) {
        return List.of(no, r.name(), n(r.expected()), n(r.registered()), n(r.studied()),
                percent(r.studiedOfRegistered()), percent(r.studiedOfExpected()), n(r.present()), n(r.madeUp()),
                n(r.absent()), n(r.reflectionsRequired()), n(r.submitted()), n(r.graded()),
                text(locale, "study.figures.grades", r.excellent(), r.good(), r.pass(), r.fail()),
                n(r.downloads()));
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
