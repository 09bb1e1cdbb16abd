package vn.eoffice.organization.addressbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.organization.SearchText;
import vn.eoffice.organization.addressbook.ImportReport.Problem;
import vn.eoffice.platform.DomainException;

/**
 * Imports external agencies from a UTF-8 CSV file. Every row is checked; the valid rows are imported together in
 * one transaction, or none at all when the caller asks for all-or-nothing and any row is wrong.
 */
@Service
public class AddressBookImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    private final OrganizationManagement management;
    private final AgencyCatalog catalog;
    private final Validator validator;
    private final KindNames kinds;
    private final Clock clock;

    AddressBookImport(OrganizationManagement management, AgencyCatalog catalog, Validator validator, KindNames kinds,
            Clock clock) {
        this.management = management;
        this.catalog = catalog;
        this.validator = validator;
        this.kinds = kinds;
        this.clock = clock;
    }

    public ImportReport importCsv(byte[] content, boolean allOrNothing) {
        if (content == null || content.length == 0) {
            throw new DomainException("addressBook.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("addressBook.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        var rows = CsvParser.parse(decode(content)).stream().filter(row -> !row.blank()).toList();
        if (rows.isEmpty()) {
            throw new DomainException("addressBook.import.empty");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new DomainException("addressBook.import.tooManyRows", MAX_ROWS);
        }
        Map<String, Integer> header = header(rows.get(0));
        List<Problem> problems = new ArrayList<>();
        List<AgencyDetails> valid = new ArrayList<>();
        var existing = catalog.identifierCodes();
        var existingNames = catalog.externalFoldedNames();
        Map<String, Integer> seenCodes = new HashMap<>();
        Map<String, Integer> seenNames = new HashMap<>();
        var today = LocalDate.now(clock);
        for (var row : rows.subList(1, rows.size())) {
            var checked = new RowCheck(row, header, kinds, validator, today);
            String code = checked.details().identifierCode();
            if (code != null && !checked.hasProblem(AddressBookColumns.IDENTIFIER_CODE)) {
                if (existing.contains(code)) {
                    checked.problem(AddressBookColumns.IDENTIFIER_CODE, "addressBook.row.codeExists", code);
                } else if (seenCodes.containsKey(code)) {
                    checked.problem(AddressBookColumns.IDENTIFIER_CODE, "addressBook.row.codeRepeated", code,
                            String.valueOf(seenCodes.get(code)));
                } else {
                    seenCodes.put(code, row.line());
                }
            }
            checkName(checked, row.line(), existingNames, seenNames);
            problems.addAll(checked.problems());
            if (checked.problems().isEmpty()) {
                valid.add(checked.details());
            }
        }
        int dataRows = rows.size() - 1;
        if (valid.isEmpty() || (allOrNothing && !problems.isEmpty())) {
            return new ImportReport(dataRows, 0, allOrNothing, problems);
        }
        try {
            return new ImportReport(dataRows, management.importExternalAgencies(valid), allOrNothing, problems);
        } catch (DataIntegrityViolationException e) {
            // another administrator imported the same identifier code meanwhile
            throw new DomainException("error.conflict");
        }
    }

    /** Agencies without a code can only be told apart by name: the same name twice is a duplicate. */
    private static void checkName(RowCheck checked, int line, java.util.Set<String> existing,
            Map<String, Integer> seen) {
        String name = checked.details().name();
        if (name == null || checked.hasProblem(AddressBookColumns.NAME)) {
            return;
        }
        String folded = SearchText.fold(name);
        if (existing.contains(folded)) {
            checked.problem(AddressBookColumns.NAME, "addressBook.row.nameExists", name);
        } else if (seen.containsKey(folded)) {
            checked.problem(AddressBookColumns.NAME, "addressBook.row.nameRepeated", name,
                    String.valueOf(seen.get(folded)));
        } else {
            seen.put(folded, line);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("addressBook.import.notUtf8");
        }
    }

    private static Map<String, Integer> header(CsvParser.Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            columns.putIfAbsent(SearchText.fold(row.fields().get(i)).replace(' ', '_'), i);
        }
        for (String required : AddressBookColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new DomainException("addressBook.import.missingColumn", required);
            }
        }
        return columns;
    }
}
