package vn.eoffice.organization.addressbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.addressbook.ImportReport.Problem;

/** One CSV row turned into agency details, with the problems found in it, column by column. */
final class RowCheck {

    private final CsvParser.Row row;
    private final List<Problem> problems = new ArrayList<>();
    private final AgencyDetails details;

    RowCheck(CsvParser.Row row, Map<String, Integer> header, KindNames kinds, Validator validator, LocalDate today) {
        this.row = row;
        String kindText = value(row, header, AddressBookColumns.KIND);
        AgencyKind kind = kinds.parse(kindText).orElse(null);
        if (kindText != null && kind == null) {
            problem(AddressBookColumns.KIND, "addressBook.row.unknownKind", kindText);
        }
        this.details = new AgencyDetails(value(row, header, AddressBookColumns.NAME),
                value(row, header, AddressBookColumns.SHORT_NAME), value(row, header, AddressBookColumns.ABBREVIATION),
                value(row, header, AddressBookColumns.IDENTIFIER_CODE), kind == null ? AgencyKind.OTHER : kind, null,
                value(row, header, AddressBookColumns.ADDRESS), value(row, header, AddressBookColumns.PHONE),
                value(row, header, AddressBookColumns.EMAIL), value(row, header, AddressBookColumns.WEBSITE), today,
                null);
        validator.validate(details).stream()
                .sorted((a, b) -> AddressBookColumns.ALL.indexOf(column(a.getPropertyPath().toString()))
                        - AddressBookColumns.ALL.indexOf(column(b.getPropertyPath().toString())))
                .forEach(violation -> problem(column(violation.getPropertyPath().toString()),
                        key(violation.getMessageTemplate())));
    }

    AgencyDetails details() {
        return details;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasProblem(String column) {
        return problems.stream().anyMatch(problem -> column.equals(problem.column()));
    }

    void problem(String column, String messageKey, Object... args) {
        problems.add(new Problem(row.line(), column, messageKey, args));
    }

    private static String value(CsvParser.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        String text = row.fields().get(index).strip();
        return text.isEmpty() ? null : text;
    }

    private static String column(String property) {
        return AddressBookColumns.BY_PROPERTY.getOrDefault(property, property);
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
