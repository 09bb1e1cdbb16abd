package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every register of every agency hosted in the demo numbers documents of every type it may issue, ordinary and
 * secret, and no agency ever gets one number and symbol twice (Decree 30: unique within the agency; 36-HD/VPTW).
 * The numbers are taken in one transaction that is rolled back, so the demo's series are left as they were.
 */
@IntegrationTest
class DemoSeriesIntegrationTests {

    private static final int ROUNDS = 2;

    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired TransactionTemplate transactions;

    @Test
    void everyRegisterOfEveryDemoAgencyNumbersWithoutRepeatingANumberAndSymbol() {
        LocalDate today = OfficeDate.today();
        // the demo's agencies carry their identifier codes (mã định danh); those other tests create on the same
        // database have none, and some of them are deliberately unable to number
        var agencies = organization.hostedAgencies(today).stream().filter(a -> a.identifierCode() != null).toList();
        assertThat(agencies).extracting(a -> a.abbreviation()).as("the commission and the commune committees")
                .contains("BTGDVTU", "ĐU");
        var issuedPerAgency = new HashMap<String, List<String>>();
        var registersNumbered = new ArrayList<String>();
        transactions.executeWithoutResult(status -> {
            for (var agency : agencies) {
                var agencyRegisters = registers.registersOf(agency.id()).stream().filter(Register::isActive)
                        .toList();
                assertThat(agencyRegisters).as("registers of %s", agency.name()).isNotEmpty();
                for (var register : agencyRegisters) {
                    var secrecy = register.isSecretOnly() ? Secrecy.MAT : Secrecy.NONE;
                    for (int round = 0; round < ROUNDS; round++) {
                        if (register.isIncoming()) {
                            var number = registers.issue(register.getId(), NumberRequest.arrival(today, secrecy));
                            // arrival numbers are told apart by their book: the secret one keeps its own series
                            issuedPerAgency.computeIfAbsent(agency.id() + " arrival " + register.isSecretOnly(),
                                    k -> new ArrayList<>()).add(Long.toString(number.ordinal()));
                            continue;
                        }
                        for (var type : registers.types()) {
                            if (register.isPartyRules() ? !type.party() : !type.state()) {
                                continue;
                            }
                            var number = registers.issue(register.getId(),
                                    new NumberRequest(type.code(), secrecy, today, "VP"));
                            issuedPerAgency.computeIfAbsent(agency.id() + " number and symbol",
                                    k -> new ArrayList<>()).add(number.notation());
                        }
                    }
                    registersNumbered.add(agency.abbreviation() + ": " + register.getName());
                }
            }
            status.setRollbackOnly();
        });
        System.out.printf("Numbered through %d registers of %d agencies: %s%n", registersNumbered.size(),
                agencies.size(), registersNumbered);
        for (Map.Entry<String, List<String>> issued : issuedPerAgency.entrySet()) {
            assertThat(issued.getValue()).as(issued.getKey()).doesNotHaveDuplicates();
        }
        assertThat(issuedPerAgency.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
    }
}
