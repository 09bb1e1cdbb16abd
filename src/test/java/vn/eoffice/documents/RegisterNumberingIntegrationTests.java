package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RegisterNumberingIntegrationTests {

    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void partyRegisterNumbersEachTypeFromOneWithinTheTerm() {
        var register = register(NumberingPolicy.party(), true, false);
        var day = LocalDate.of(2026, 3, 2);
        assertThat(issue(register, "HD", Secrecy.NONE, day).notation()).isEqualTo("01-HD/BTGDVTU");
        assertThat(issue(register, "HD", Secrecy.NONE, day).notation()).isEqualTo("02-HD/BTGDVTU");
        assertThat(issue(register, "KH", Secrecy.NONE, day).notation()).isEqualTo("01-KH/BTGDVTU");
        // a new calendar year does not restart Party numbering; a new term does
        assertThat(issue(register, "HD", Secrecy.NONE, LocalDate.of(2027, 1, 4)).notation())
                .isEqualTo("03-HD/BTGDVTU");
        assertThat(issue(register, "HD", Secrecy.NONE, LocalDate.of(2025, 10, 10)).notation())
                .as("previous term 2020–2025").isEqualTo("01-HD/BTGDVTU");
    }

    @Test
    void partySecretDocumentsContinueTheSameSeriesInTheSecretRegister() {
        var policy = NumberingPolicy.party();
        var open = register(policy, true, false);
        var day = LocalDate.of(2026, 5, 5);
        assertThat(issue(open, "BC", Secrecy.NONE, day).ordinal()).isEqualTo(1);
        var secret = register(policy, true, true);
        assertThat(issue(secret, "BC", Secrecy.MAT, day).ordinal()).isEqualTo(1);
        assertThat(issue(secret, "BC", Secrecy.TOI_MAT, day).ordinal()).isEqualTo(2);
    }

    @Test
    void stateRegisterRestartsOnTheFirstOfJanuaryAndSeparatesSecretDocuments() {
        var state = new NumberingPolicy(NumberingPolicy.Scope.SHARED, NumberingPolicy.Reset.YEARLY,
                NumberingPolicy.SecretSeries.SEPARATE, "{n}/{type}-{org}", "{n}/{org}-{unit}");
        var register = register(state, false, false);
        assertThat(issue(register, "QĐ", Secrecy.NONE, LocalDate.of(2026, 12, 31)).notation())
                .isEqualTo("01/QĐ-BTGDVTU");
        assertThat(issue(register, "KH", Secrecy.NONE, LocalDate.of(2026, 12, 31)).notation())
                .isEqualTo("02/KH-BTGDVTU");
        assertThat(transactions.execute(s -> registers.issue(register.getId(),
                new NumberRequest("CV", Secrecy.NONE, LocalDate.of(2026, 12, 31), "VP"))).notation())
                .isEqualTo("03/BTGDVTU-VP");
        assertThat(issue(register, "QĐ", Secrecy.NONE, LocalDate.of(2027, 1, 1)).notation())
                .isEqualTo("01/QĐ-BTGDVTU");
    }

    @Test
    void stateSecretSeriesIsSeparateFromTheOpenOne() {
        var state = NumberingPolicy.state();
        var secretRegister = register(state, false, true);
        var day = LocalDate.of(2026, 6, 1);
        assertThat(issue(secretRegister, "BC", Secrecy.MAT, day).ordinal()).isEqualTo(1);
        assertThat(issue(secretRegister, "BC", Secrecy.MAT, day).seriesKey()).endsWith(":secret");
    }

    @Test
    void secretDocumentNeedsASecretRegister() {
        var register = register(NumberingPolicy.party(), true, false);
        assertThatThrownBy(() -> issue(register, "BC", Secrecy.MAT, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void rolledBackRegistrationGivesItsNumberBack() {
        var register = register(NumberingPolicy.party(), true, false);
        var day = LocalDate.of(2026, 7, 1);
        assertThat(issue(register, "TB", Secrecy.NONE, day).ordinal()).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            registers.issue(register.getId(), new NumberRequest("TB", Secrecy.NONE, day, null));
            status.setRollbackOnly();
        });
        assertThat(issue(register, "TB", Secrecy.NONE, day).ordinal()).isEqualTo(2);
    }

    @Test
    void aRegisterClosedOrChangedOnAnotherNodeIsNotNumberedFromThePlanKeptHere() {
        var register = register(NumberingPolicy.party(), true, false);
        var day = LocalDate.of(2026, 8, 3);
        assertThat(issue(register, "TB", Secrecy.NONE, day).notation()).isEqualTo("01-TB/BTGDVTU");
        // another node changes the register's policy (its own plan cache is not this one): the next number follows it
        jdbc.update("update register set number_format = '{n}/{type}-{org}', version = version + 1 where id = ?",
                register.getId());
        assertThat(issue(register, "TB", Secrecy.NONE, day).notation()).isEqualTo("02/TB-BTGDVTU");
        // and closes it: refused at once, and no number is consumed
        jdbc.update("update register set active = false, version = version + 1 where id = ?", register.getId());
        assertThatThrownBy(() -> issue(register, "TB", Secrecy.NONE, day)).isInstanceOf(DomainException.class)
                .hasMessageContaining("register.inactive");
        jdbc.update("update register set active = true, version = version + 1 where id = ?", register.getId());
        assertThat(issue(register, "TB", Secrecy.NONE, day).ordinal()).isEqualTo(3);
    }

    @Test
    void numbersAreOnlyIssuedInsideTheRegisteringTransaction() {
        var register = register(NumberingPolicy.party(), true, false);
        assertThatThrownBy(() -> registers.issue(register.getId(),
                new NumberRequest("TB", Secrecy.NONE, LocalDate.of(2026, 7, 1), null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private IssuedNumber issue(Register register, String type, Secrecy secrecy, LocalDate date) {
        return transactions.execute(s -> registers.issue(register.getId(), new NumberRequest(type, secrecy, date,
                null)));
    }

    private Register register(NumberingPolicy policy, boolean party, boolean secretOnly) {
        Long agencyId = organization.hostedAgencies(OfficeDate.today()).stream()
                .filter(a -> "BTGDVTU".equals(a.abbreviation())).findFirst().orElseThrow().id();
        return transactions.execute(s -> registers.create(new Register(agencyId, RegisterKind.OUTGOING,
                "Sổ thử " + UUID.randomUUID(), party, policy, secretOnly)));
    }
}
