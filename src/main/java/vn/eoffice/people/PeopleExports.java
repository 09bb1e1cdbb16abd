package vn.eoffice.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;

/**
 * The staff statistics and the cadre list as XLSX or PDF files: the personnel office's alone, since they carry
 * named personal data (docs/adr/0027-people-statistics-exports-import.md); each file handed out is audited.
 */
@Service
@Transactional(readOnly = true)
public class PeopleExports {

    /** What can be exported, and as what. */
    public enum Report { STATISTICS, CADRES }

    public enum Format { XLSX, PDF }

    private final StaffData data;
    private final PeopleStatistics statistics;
    private final PersonnelOffice office;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final AuditLog audit;

    PeopleExports(StaffData data, PeopleStatistics statistics, PersonnelOffice office,
            OrganizationDirectory organization, MessageSource messages, AuditLog audit) {
        this.data = data;
        this.statistics = statistics;
        this.office = office;
        this.organization = organization;
        this.messages = messages;
        this.audit = audit;
    }

    /** Whether the user may export (the personnel office): the pages show the buttons only to them. */
    public boolean mayExport(CurrentUser user) {
        return office.mayKeep(user);
    }

    @Transactional
    public byte[] export(CurrentUser user, Report report, Format format, Long unitId, Locale locale) {
        office.requireKeep(user, "PERSONNEL_EXPORT", null);
        office.requireOwnUnit(user, unitId);
        var snapshot = data.load(user, unitId);
        var tables = report == Report.STATISTICS ? statisticsTables(statistics.compute(snapshot, unitId, locale),
                locale) : List.of(cadreTable(snapshot, locale));
        String scope = unitId == null ? organization.agency(user.agencyId()).name() : snapshot.unitName(unitId);
        var document = new ReportTables(text(locale, "people.export.title." + report),
                text(locale, "people.export.subtitle", scope, Dates.DATE.format(snapshot.today())), tables);
        byte[] file = format == Format.XLSX ? document.xlsx(text(locale, "people.export.sheet." + report))
                : document.pdf(organization.letterhead(user.agencyId(), null, snapshot.today().getYear()),
                        organization.letterhead(user.agencyId(), null, snapshot.today().getYear())
                                .dateLine(snapshot.today()));
        audit.record("PERSONNEL_EXPORTED", "CADRE", null, report + " " + format + (unitId == null ? ""
                : " unit " + unitId) + ", " + (report == Report.CADRES ? snapshot.people().size() + " records" : ""));
        return file;
    }

    /** The file name the download suggests, e.g. "thong-ke-can-bo-07-12-2026.xlsx". */
    public String fileName(Report report, Format format) {
        return (report == Report.STATISTICS ? "thong-ke-can-bo-" : "danh-sach-can-bo-")
                + Dates.DATE.format(office.today()).replace('/', '-') + "." + format.name().toLowerCase(Locale.ROOT);
    }

    private List<ReportTables.Table> statisticsTables(StaffStatistics s, Locale locale) {
        var tables = new ArrayList<ReportTables.Table>();
        tables.add(new ReportTables.Table(text(locale, "people.stats.byUnit"), headers(locale, "people.stats.col.unit",
                "people.stats.col.total", "people.stats.col.women", "people.stats.col.minorities",
                "people.stats.col.partyMembers"), new double[] { 50, 14, 14, 16, 16 }, s.byUnit().stream()
                .map(u -> List.of(u.unit(), "" + u.total(), "" + u.women(), "" + u.minorities(), "" + u.partyMembers()))
                .toList()));
        for (var part : List.of("byAge", "byGender", "byEthnicity", "byTheory", "byEducation")) {
            var lines = switch (part) {
                case "byAge" -> s.byAge();
                case "byGender" -> s.byGender();
                case "byEthnicity" -> s.byEthnicity();
                case "byTheory" -> s.byTheory();
                default -> s.byEducation();
            };
            tables.add(new ReportTables.Table(text(locale, "people.stats." + part), headers(locale,
                    "people.stats.col." + part, "people.stats.col.count", "people.stats.col.percent"),
                    new double[] { 50, 14, 14 }, lines.stream().map(l -> List.of(l.label(), "" + l.count(),
                            String.format(locale, "%.1f", l.percent()))).toList()));
        }
        for (var part : List.of("vacant", "overFilled")) {
            var lines = "vacant".equals(part) ? s.vacant() : s.overFilled();
            tables.add(new ReportTables.Table(text(locale, "people.stats." + part), headers(locale,
                    "people.stats.col.position", "people.stats.col.unit", "people.stats.col.headcount",
                    "people.stats.col.assigned"), new double[] { 50, 40, 14, 14 }, lines.stream()
                    .map(l -> List.of(l.position(), nullToEmpty(l.unit()), "" + l.headcount(), "" + l.assigned()))
                    .toList()));
        }
        tables.add(new ReportTables.Table(text(locale, "people.stats.shortfalls"), headers(locale,
                "people.fullName", "people.stats.col.position", "people.stats.col.unit", "people.stats.col.missing"),
                new double[] { 26, 36, 30, 60 }, s.shortfalls().stream().map(f -> List.of(f.fullName(), f.position(),
                        nullToEmpty(f.unit()), String.join("\n", f.missing()))).toList()));
        tables.add(new ReportTables.Table(text(locale, "people.stats.training"), headers(locale,
                "people.stats.col.unit", "people.stats.col.planned", "people.stats.col.done",
                "people.stats.col.percent"), new double[] { 50, 14, 14, 14 }, s.training().stream()
                .map(t -> t.planned() ? List.of(t.unit(), "" + t.completion().planned(), "" + t.completion().done(),
                        "" + t.completion().percent()) : List.of(t.unit(), text(locale, "people.stats.noPlan"), "", ""))
                .toList()));
        return tables;
    }

    private ReportTables.Table cadreTable(StaffData.Snapshot s, Locale locale) {
        var positions = new HashMap<Long, String>();
        s.positions().forEach(p -> positions.put(p.getId(), p.getName()));
        var held = new HashMap<Long, List<String>>();
        s.assignments().forEach(a -> held.computeIfAbsent(a.getCadreId(), id -> new ArrayList<>())
                .add(positions.getOrDefault(a.getPositionId(), "")));
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var p : s.people()) {
            rows.add(List.of("" + n++, p.fullName(), p.birthDate() == null ? "" : Dates.DATE.format(p.birthDate()),
                    text(locale, "people.gender." + p.gender()), text(locale, "people.ethnicity." + p.ethnicity()),
                    nullToEmpty(s.unitName(p.unitId())), nullToEmpty(s.titles().get(p.id())),
                    String.join("; ", held.getOrDefault(p.id(), List.of())), nullToEmpty(p.education()),
                    p.theoryLevel() == null ? "" : text(locale, "people.theory." + p.theoryLevel()),
                    p.partyJoined() == null ? "" : Dates.DATE.format(p.partyJoined())));
        }
        return new ReportTables.Table(text(locale, "people.export.cadres.heading"), headers(locale,
                "people.stats.col.number", "people.fullName", "people.birthDate", "people.gender", "people.ethnicity",
                "people.unit", "people.currentTitle", "people.holdings", "people.education", "people.theoryLevel",
                "people.partyJoined"), new double[] { 6, 24, 12, 8, 10, 28, 26, 28, 14, 12, 12 }, rows);
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> text(locale, k)).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
