package vn.eoffice.succession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.people.ReportTables;
import vn.eoffice.platform.Dates;

/**
 * A plan as the superior committee's organisation commission asks for it (XLSX or PDF): the candidates by post with
 * the columns of its list, and the structure against the targets. For the plan's readers only; each file audited.
 */
@Service
@Transactional
public class SuccessionExports {

    /** The formats a plan is exported in. */
    public enum Format { XLSX, PDF }

    private final SuccessionGuard guard;
    private final PlanViews views;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;

    SuccessionExports(SuccessionGuard guard, PlanViews views, OrganizationDirectory organization,
            MessageSource messages, AuditLog audit) {
        this.guard = guard;
        this.views = views;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
    }

    public byte[] export(CurrentUser user, Long planId, Format format, Locale locale) {
        var plan = views.view(user, guard.visible(user, planId, "SUCCESSION_PLAN_EXPORT", false));
        var today = guard.today();
        var document = new ReportTables(text(locale, "succession.export.title", plan.termName()),
                text(locale, "succession.export.subtitle", organization.agency(user.agencyId()).name(),
                        Dates.DATE.format(today)), List.of(candidates(plan, locale), structure(plan, locale)));
        var head = organization.letterhead(user.agencyId(), null, today.getYear());
        byte[] file = format == Format.XLSX ? document.xlsx(text(locale, "succession.export.sheet"))
                : document.pdf(head, head.dateLine(today));
        audit.record("SUCCESSION_PLAN_EXPORTED", SuccessionGuard.OBJECT, planId, format.name());
        return file;
    }

    /** The file name the download suggests, e.g. "quy-hoach-2025-2030.xlsx". */
    public String fileName(Long planId, Format format) {
        return "quy-hoach-" + planId + "." + format.name().toLowerCase(Locale.ROOT);
    }

    private ReportTables.Table candidates(PlanView plan, Locale locale) {
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var post : plan.posts()) {
            for (var c : post.candidates()) {
                rows.add(List.of(String.valueOf(n++), c.fullName(), c.birthYear() == null ? "" : "" + c.birthYear(),
                        c.gender() == null ? "" : text(locale, "people.gender." + c.gender()),
                        c.ethnicity() == null ? "" : text(locale, "people.ethnicity." + c.ethnicity()),
                        empty(c.currentTitle()), empty(c.education()),
                        c.theoryLevel() == null ? "" : text(locale, "people.theory." + c.theoryLevel()),
                        post.post().name(), c.ballots() == null ? "" : text(locale, "succession.ballots.value",
                                c.ballots().inFavour(), c.ballots().issued(), c.ballots().share()),
                        String.join("; ", c.missing())));
            }
        }
        return new ReportTables.Table(text(locale, "succession.export.candidates"), headers(locale, "number",
                "fullName", "birthYear", "gender", "ethnicity", "currentTitle", "education", "theory", "post", "vote",
                "missing"), new double[] { 6, 24, 8, 8, 9, 26, 16, 10, 26, 16, 30 }, rows);
    }

    private ReportTables.Table structure(PlanView plan, Locale locale) {
        var s = plan.structure();
        var t = s.targets();
        return new ReportTables.Table(text(locale, "succession.structure"), List.of(
                text(locale, "succession.structure.group"), text(locale, "succession.structure.count"),
                text(locale, "succession.structure.share"), text(locale, "succession.structure.target")),
                new double[] { 40, 12, 12, 12 }, List.of(
                        List.of(text(locale, "succession.structure.total"), "" + s.total(), "", ""),
                        List.of(text(locale, "succession.structure.young", t.youngAge()), "" + s.young(),
                                s.youngShare() + "%", "≥ " + t.youngPercent() + "%"),
                        List.of(text(locale, "succession.structure.female"), "" + s.female(), s.femaleShare() + "%",
                                "≥ " + t.femalePercent() + "%"),
                        List.of(text(locale, "succession.structure.minority"), "" + s.minority(),
                                s.minorityShare() + "%", "≥ " + t.minorityPercent() + "%")));
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text(locale, "succession.col." + k)).toList();
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
