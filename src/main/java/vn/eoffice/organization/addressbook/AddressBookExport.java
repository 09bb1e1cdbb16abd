package vn.eoffice.organization.addressbook;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.eoffice.organization.AgencyCatalog;
import vn.eoffice.organization.AgencyKind;

/**
 * The address book as a CSV file in the import format, so an export can be edited and imported elsewhere; and the
 * empty template with one example row.
 */
@Service
public class AddressBookExport {

    private final AgencyCatalog catalog;
    private final KindNames kinds;

    AddressBookExport(AgencyCatalog catalog, KindNames kinds) {
        this.catalog = catalog;
        this.kinds = kinds;
    }

    public String exportCsv() {
        var csv = new CsvWriter(',').row(AddressBookColumns.ALL);
        for (var agency : catalog.external()) {
            csv.row(Arrays.asList(agency.getName(), agency.getShortName(), agency.getAbbreviation(),
                    agency.getIdentifierCode(), kinds.label(agency.getKind()), agency.getAddress(), agency.getPhone(),
                    agency.getEmail(), agency.getWebsite()));
        }
        return csv.toString();
    }

    /** Kind labels accepted in the {@code loai} column (codes are accepted too). */
    public List<String> kindLabels() {
        return Arrays.stream(AgencyKind.values()).map(kinds::label).toList();
    }

    public String template() {
        return new CsvWriter(',').row(AddressBookColumns.ALL)
                .row(List.of("Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên", "Sở VHTTDL", "SVHTTDL",
                        "000.10.18.H18", kinds.label(AgencyKind.STATE_AGENCY), "Phường Mường Thanh, tỉnh Điện Biên",
                        "0215 3825 000", "svhttdl@dienbien.gov.vn", "https://svhttdl.dienbien.gov.vn"))
                .toString();
    }
}
