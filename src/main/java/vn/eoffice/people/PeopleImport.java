package vn.eoffice.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.organization.SearchText;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Spreadsheets;

/**
 * Importing people or job positions from the commission's lists (XLSX or CSV, in the template's columns): a preview
 * reports every row's errors; the import then writes every valid row in one transaction — or nothing, if the file no
 * longer reads as it did when the clerk confirmed. The personnel office only.
 */
@Service
@Transactional(readOnly = true)
public class PeopleImport {

    /** What a list holds. */
    public enum Kind { PEOPLE, POSITIONS }

    static final List<String> PEOPLE_COLUMNS = List.of("number", "fullName", "birthDate", "gender", "ethnicity",
            "unit", "hometown", "partyJoined", "partyOfficial", "education", "theoryLevel", "itLevel",
            "languageLevel", "position");
    static final List<String> POSITION_COLUMNS = List.of("number", "unit", "positionName", "kind", "headcount",
            "requiredEducation", "requiredTheory", "yearsExperience", "description");
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final PeopleManagement management;
    private final StaffRecords records;
    private final PersonnelOffice office;
    private final OrganizationDirectory organization;
    private final Validator validator;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    PeopleImport(PeopleManagement management, StaffRecords records, PersonnelOffice office,
            OrganizationDirectory organization, Validator validator, MessageSource messages, AuditLog audit,
            Clock clock) {
        this.management = management;
        this.records = records;
        this.office = office;
        this.organization = organization;
        this.validator = validator;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The empty list to fill in: the template's Vietnamese headings and one example row. */
    public byte[] template(CurrentUser user, Kind kind, Locale locale) {
        office.requireKeep(user, "PEOPLE_IMPORT_TEMPLATE", null);
        var out = new ByteArrayOutputStream();
        try {
            var workbook = Spreadsheets.workbook(out);
            var sheet = workbook.newWorksheet(text(locale, "people.import.sheet." + kind));
            var columns = columns(kind);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, heading(kind, c, locale));
                sheet.style(0, c).bold().wrapText(true).set();
                sheet.width(c, c == 0 ? 6 : 22);
                sheet.value(1, c, text(locale, "people.import.example." + kind + "." + columns.get(c)));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Spreadsheets.withDimensions(out.toByteArray());
    }

    /** Reads the list and reports what an import would do, writing nothing. */
    public ImportReport preview(CurrentUser user, Kind kind, byte[] file, String fileName, Locale locale) {
        office.requireKeep(user, "PEOPLE_IMPORT", null);
        return check(user, kind, ImportFile.read(file, fileName), locale).report(kind, 0);
    }

    /**
     * Imports every valid row in one transaction. {@code expectedValid} is the number of valid rows the clerk saw in
     * the preview: if the list reads differently now, nothing is written.
     */
    @Transactional
    public ImportReport confirm(CurrentUser user, Kind kind, byte[] file, String fileName, int expectedValid,
            Locale locale) {
        office.requireKeep(user, "PEOPLE_IMPORT", null);
        var checked = check(user, kind, ImportFile.read(file, fileName), locale);
        if (checked.forms.isEmpty()) {
            throw new DomainException("people.import.nothingValid");
        }
        if (checked.forms.size() != expectedValid) {
            throw new DomainException("people.import.changed", expectedValid, checked.forms.size());
        }
        for (var row : checked.forms) {
            if (row.form() instanceof CadreForm cadre) {
                Long id = management.create(user, cadre);
                if (row.positionId() != null) {
                    management.assign(user, row.positionId(), new AssignmentForm(id, true, office.today()));
                }
            } else {
                management.createPosition(user, (PositionForm) row.form());
            }
        }
        audit.record("PEOPLE_IMPORTED", "CADRE", null, kind + " " + checked.forms.size() + " rows from "
                + fileName);
        return checked.report(kind, checked.forms.size());
    }

    /** The rows checked: the forms to write and the report lines. */
    private record Checked(int rows, List<Row> forms, List<ImportReport.Valid> valid,
            List<ImportReport.RowError> errors) {
        ImportReport report(Kind kind, int imported) {
            return new ImportReport(kind, rows, valid, errors, imported);
        }
    }

    private record Row(Object form, Long positionId) {
    }

    private Checked check(CurrentUser user, Kind kind, List<ImportFile.Line> lines, Locale locale) {
        if (lines.isEmpty() || !headerMatches(kind, lines.get(0), locale)) {
            throw new DomainException("people.import.header", heading(kind, 1, locale));
        }
        var units = unitsByName(user);
        var context = new RowContext(user, kind, units, locale);
        var checked = new Checked(0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int rows = 0;
        for (var line : lines.subList(1, lines.size())) {
            if (line.blank()) {
                continue;
            }
            rows++;
            int before = checked.errors().size();
            var row = kind == Kind.PEOPLE ? person(line, context, checked.errors()) : position(line, context,
                    checked.errors());
            if (row != null && checked.errors().size() == before) {
                checked.forms().add(row);
                checked.valid().add(new ImportReport.Valid(line.number(), line.cell(kind == Kind.PEOPLE ? 1 : 2)
                        + (kind == Kind.PEOPLE ? " — " + line.cell(2) : " — " + line.cell(1))));
            }
        }
        return new Checked(rows, checked.forms(), checked.valid(), checked.errors());
    }

    /** What a row is checked against: the agency's units, and what is already kept or earlier in the file. */
    private final class RowContext {
        final CurrentUser user;
        final Kind kind;
        final Map<String, Long> units;
        final Locale locale;
        final Map<String, Integer> seen = new HashMap<>();
        final Set<String> existing = new HashSet<>();
        final Map<String, Long> positions = new HashMap<>();

        RowContext(CurrentUser user, Kind kind, Map<String, Long> units, Locale locale) {
            this.user = user;
            this.kind = kind;
            this.units = units;
            this.locale = locale;
            records.cadres(user.agencyId()).forEach(c -> {
                var p = c.profile(List.of(), List.of());
                existing.add(personKey(p.fullName(), p.birthDate()));
            });
            records.positions(user.agencyId()).forEach(p -> {
                var d = p.details(0, List.of()).summary();
                existing.add(positionKey(d.unitId(), d.name()));
                positions.put(SearchText.fold(d.name()), d.id());
            });
        }

        void error(List<ImportReport.RowError> errors, ImportFile.Line line, int column, String key,
                Object... arguments) {
            errors.add(new ImportReport.RowError(line.number(), heading(kind, column, locale),
                    text(locale, key, arguments)));
        }
    }

    private Row person(ImportFile.Line line, RowContext c, List<ImportReport.RowError> errors) {
        int before = errors.size();
        String name = line.cell(1);
        if (name.isEmpty()) {
            c.error(errors, line, 1, "people.import.required");
        }
        LocalDate birth = date(line, 2, true, c, errors);
        var gender = choice(line, 3, Gender.values(), "people.gender.", true, c, errors);
        var ethnicity = choice(line, 4, Ethnicity.values(), "people.ethnicity.", true, c, errors);
        Long unit = unit(line, 5, false, c, errors);
        LocalDate joined = date(line, 7, false, c, errors);
        LocalDate official = date(line, 8, false, c, errors);
        var theory = choice(line, 10, TheoryLevel.values(), "people.theory.", false, c, errors);
        Long position = null;
        if (!line.cell(13).isEmpty()) {
            position = c.positions.get(SearchText.fold(line.cell(13)));
            if (position == null) {
                c.error(errors, line, 13, "people.import.unknownPosition", line.cell(13));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        var form = new CadreForm(null, unit, name, birth, gender, ethnicity, line.cell(6), joined, official, null,
                line.cell(9), theory, line.cell(11), line.cell(12));
        if (!valid(form, line, c, errors, Map.of("fullName", 1, "birthDate", 2, "hometown", 6, "education", 9,
                "itLevel", 11, "languageLevel", 12))) {
            return null;
        }
        try {
            new Cadre(c.user.agencyId(), form, clock.instant());
        } catch (DomainException e) {
            c.error(errors, line, e.messageKey().contains("partyOfficial") ? 8 : 7, e.messageKey());
            return null;
        }
        String key = personKey(name, birth);
        if (c.existing.contains(key)) {
            c.error(errors, line, 1, "people.import.duplicateExisting");
            return null;
        }
        Integer first = c.seen.putIfAbsent(key, line.number());
        if (first != null) {
            c.error(errors, line, 1, "people.import.duplicateRow", first);
            return null;
        }
        return new Row(form, position);
    }

    private Row position(ImportFile.Line line, RowContext c, List<ImportReport.RowError> errors) {
        int before = errors.size();
        Long unit = unit(line, 1, true, c, errors);
        String name = line.cell(2);
        if (name.isEmpty()) {
            c.error(errors, line, 2, "people.import.required");
        }
        var kind = choice(line, 3, PositionKind.values(), "people.kind.", true, c, errors);
        Integer headcount = number(line, 4, true, c, errors);
        var theory = choice(line, 6, TheoryLevel.values(), "people.theory.", false, c, errors);
        Integer years = number(line, 7, false, c, errors);
        if (errors.size() > before) {
            return null;
        }
        var form = new PositionForm(unit, name, kind, line.cell(8), line.cell(5), theory, years, headcount,
                List.of());
        if (!valid(form, line, c, errors, Map.of("name", 2, "headcount", 4, "yearsExperience", 7,
                "requiredEducation", 5, "description", 8))) {
            return null;
        }
        String key = positionKey(unit, name);
        if (c.existing.contains(key)) {
            c.error(errors, line, 2, "people.import.duplicateExisting");
            return null;
        }
        Integer first = c.seen.putIfAbsent(key, line.number());
        if (first != null) {
            c.error(errors, line, 2, "people.import.duplicateRow", first);
            return null;
        }
        return new Row(form, null);
    }

    private boolean valid(Object form, ImportFile.Line line, RowContext c, List<ImportReport.RowError> errors,
            Map<String, Integer> columns) {
        var violations = validator.validate(form);
        violations.forEach(v -> errors.add(new ImportReport.RowError(line.number(), heading(c.kind,
                columns.getOrDefault(v.getPropertyPath().toString(), 1), c.locale), v.getMessage())));
        return violations.isEmpty();
    }

    /** The cell's text, or null when it is empty (an error if the column is required). */
    private static String present(ImportFile.Line line, int column, boolean required, RowContext c,
            List<ImportReport.RowError> errors) {
        String text = line.cell(column);
        if (text.isEmpty() && required) {
            c.error(errors, line, column, "people.import.required");
        }
        return text.isEmpty() ? null : text;
    }

    private LocalDate date(ImportFile.Line line, int column, boolean required, RowContext c,
            List<ImportReport.RowError> errors) {
        String text = present(line, column, required, c, errors);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            c.error(errors, line, column, "people.import.badDate", text);
            return null;
        }
    }

    private Integer number(ImportFile.Line line, int column, boolean required, RowContext c,
            List<ImportReport.RowError> errors) {
        String text = present(line, column, required, c, errors);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            c.error(errors, line, column, "people.import.badNumber", text);
            return null;
        }
    }

    /** An enum value named by its label in the reader's language or in Vietnamese, with or without diacritics. */
    private <E extends Enum<E>> E choice(ImportFile.Line line, int column, E[] values, String prefix,
            boolean required, RowContext c, List<ImportReport.RowError> errors) {
        String text = present(line, column, required, c, errors);
        if (text == null) {
            return null;
        }
        String key = SearchText.fold(text);
        for (var value : values) {
            if (key.equals(SearchText.fold(text(c.locale, prefix + value.name())))
                    || key.equals(SearchText.fold(text(VIETNAMESE, prefix + value.name())))
                    || key.equals(SearchText.fold(value.name()))) {
                return value;
            }
        }
        c.error(errors, line, column, "people.import.unknownChoice", text);
        return null;
    }

    private Long unit(ImportFile.Line line, int column, boolean required, RowContext c,
            List<ImportReport.RowError> errors) {
        String text = present(line, column, required, c, errors);
        if (text == null) {
            return null;
        }
        Long unit = c.units.get(SearchText.fold(text));
        if (unit == null) {
            c.error(errors, line, column, "people.import.unknownUnit", text);
        }
        return unit;
    }

    private Map<String, Long> unitsByName(CurrentUser user) {
        var units = new HashMap<String, Long>();
        organization.units(user.agencyId(), office.today()).forEach(u -> {
            units.put(SearchText.fold(u.name()), u.id());
            if (u.abbreviation() != null) {
                units.putIfAbsent(SearchText.fold(u.abbreviation()), u.id());
            }
        });
        return units;
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private boolean headerMatches(Kind kind, ImportFile.Line header, Locale locale) {
        var columns = columns(kind);
        for (int c = 1; c < Math.min(5, columns.size()); c++) {
            String cell = SearchText.fold(header.cell(c));
            if (!cell.startsWith(SearchText.fold(core(heading(kind, c, locale))))
                    && !cell.startsWith(SearchText.fold(core(heading(kind, c, VIETNAMESE))))) {
                return false;
            }
        }
        return true;
    }

    private static String core(String heading) {
        int cut = heading.indexOf(" (");
        return (cut < 0 ? heading : heading.substring(0, cut)).replace("*", "").strip();
    }

    private static List<String> columns(Kind kind) {
        return kind == Kind.PEOPLE ? PEOPLE_COLUMNS : POSITION_COLUMNS;
    }

    String heading(Kind kind, int column, Locale locale) {
        return text(locale, "people.import.col." + columns(kind).get(column));
    }

    private static String personKey(String name, LocalDate birth) {
        return SearchText.fold(name) + "|" + birth;
    }

    private static String positionKey(Long unit, String name) {
        return unit + "|" + SearchText.fold(name);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
