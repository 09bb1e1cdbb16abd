package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyDetails;
import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.OrganizationManagement;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RegisterNumberingIntegrationTests {

    @Autowired RegisterManagement registers;
    @Autowired OrganizationManagement organizationManagement;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void partyRegisterNumbersEachTypeFromOneWithinTheTerm() {
        var register = register(NumberingPolicy.party(), true, false);
        var day = LocalDate.of(2026, 3, 2);
        assertThat(issue(register, "HD", Secrecy.NONE, day).notation()).isEqualTo("01-HD/BTGTHU");
        assertThat(issue(register, "HD", Secrecy.NONE, day).notation()).isEqualTo("02-HD/BTGTHU");
        assertThat(issue(register, "KH", Secrecy.NONE, day).notation()).isEqualTo("01-KH/BTGTHU");
        // a new calendar year does not restart Party numbering; a new term does
        assertThat(issue(register, "HD", Secrecy.NONE, LocalDate.of(2027, 1, 4)).notation())
                .isEqualTo("03-HD/BTGTHU");
        assertThat(issue(register, "HD", Secrecy.NONE, LocalDate.of(2025, 10, 10)).notation())
                .as("previous term 2020–2025").isEqualTo("01-HD/BTGTHU");
    }

    @Test
    void partySecretDocumentsContinueTheSeriesOfTheirTypeInTheSecretRegister() {
        var policy = NumberingPolicy.party();
        var open = register(policy, true, false);
        var day = LocalDate.of(2026, 5, 5);
        assertThat(issue(open, "BC", Secrecy.NONE, day).notation()).isEqualTo("01-BC/BTGTHU");
        var secret = register(open.getAgencyId(), RegisterKind.OUTGOING, policy, true, true, null);
        // 36-HD/VPTW: a secret Party document continues the series of its type (it was 01 again, a second 01-BC)
        assertThat(issue(secret, "BC", Secrecy.MAT, day).notation()).isEqualTo("02-BC/BTGTHU");
        assertThat(issue(secret, "BC", Secrecy.TOI_MAT, day).notation()).isEqualTo("03-BC/BTGTHU");
        assertThat(issue(open, "BC", Secrecy.NONE, day).notation()).isEqualTo("04-BC/BTGTHU");
    }

    @Test
    void everyRegisterOfTheSameRuleDrawsFromTheAgencysOneSeries() {
        var outgoing = register(NumberingPolicy.party(), true, false);
        var internal = register(outgoing.getAgencyId(), RegisterKind.INTERNAL, NumberingPolicy.party(), true, false,
                null);
        var day = LocalDate.of(2026, 9, 1);
        assertThat(issue(outgoing, "CV", Secrecy.NONE, day).notation()).isEqualTo("01-CV/BTGTHU");
        assertThat(issue(internal, "CV", Secrecy.NONE, day).notation()).isEqualTo("02-CV/BTGTHU");
        assertThat(issue(outgoing, "CV", Secrecy.NONE, day).notation()).isEqualTo("03-CV/BTGTHU");
        assertThat(registers.seriesSharing(outgoing.getAgencyId()).get(outgoing.getId()))
                .extracting(Register::getId).containsExactly(internal.getId());
    }

    @Test
    void aRegisterThatCouldIssueAnotherRegistersNumberAndSymbolIsRefused() {
        var outgoing = register(NumberingPolicy.party(), true, false);
        Long agency = outgoing.getAgencyId();
        // same format, but restarting every year: its "01-CV/BTGTHU" of 2027 would repeat the term's 01-CV
        var yearly = new NumberingPolicy(NumberingPolicy.Scope.PER_TYPE, NumberingPolicy.Reset.YEARLY,
                NumberingPolicy.SecretSeries.SHARED, "{n}-{type}/{org}", null);
        assertThatThrownBy(() -> register(agency, RegisterKind.INTERNAL, yearly, true, false, null))
                .isInstanceOf(DomainException.class).hasMessage("register.series.conflict")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).contains(outgoing.getName()));
        // a separate series under a name is refused too while its numbers look the same
        assertThatThrownBy(() -> register(agency, RegisterKind.OUTGOING, NumberingPolicy.party(), true, true, "Mật"))
                .isInstanceOf(DomainException.class).hasMessage("register.series.conflict");
        // and accepted when its numbers and symbols cannot coincide: it then counts on its own
        var separate = register(agency, RegisterKind.INTERNAL, new NumberingPolicy(NumberingPolicy.Scope.PER_TYPE,
                NumberingPolicy.Reset.PER_TERM, NumberingPolicy.SecretSeries.SHARED, "{n}-{type}/{org}-NB", null),
                true, false, "Nội bộ");
        var day = LocalDate.of(2026, 9, 2);
        assertThat(issue(outgoing, "TB", Secrecy.NONE, day).notation()).isEqualTo("01-TB/BTGTHU");
        assertThat(issue(separate, "TB", Secrecy.NONE, day).notation()).isEqualTo("01-TB/BTGTHU-NB");
        // editing the first register into a clash is refused as well, naming the register it would clash with
        var clash = new RegisterForm(agency, RegisterKind.OUTGOING, outgoing.getName(), true,
                NumberingPolicy.Scope.PER_TYPE, NumberingPolicy.Reset.PER_TERM, NumberingPolicy.SecretSeries.SHARED,
                "{n}-{type}/{org}-NB", null, false, null, true);
        assertThatThrownBy(() -> transactions.execute(s -> registers.update(outgoing.getId(), clash)))
                .isInstanceOf(DomainException.class).hasMessage("register.series.conflict");
    }

    @Test
    void secretIncomingDocumentsHaveTheirOwnBookAndArrivalSeries() {
        var ordinary = register(NumberingPolicy.arrival(), true, false);
        Long agency = ordinary.getAgencyId();
        Long chosen = ordinary.getId();
        assertThatThrownBy(() -> registers.incomingRegister(agency, chosen, Secrecy.MAT))
                .isInstanceOf(DomainException.class).hasMessage("register.secretIncomingMissing");
        var secretBook = register(agency, RegisterKind.INCOMING, NumberingPolicy.arrival(), true, true, null);
        assertThat(registers.incomingRegister(agency, chosen, Secrecy.MAT).getId()).isEqualTo(secretBook.getId());
        assertThat(registers.incomingRegister(agency, chosen, Secrecy.NONE).getId()).isEqualTo(chosen);
        assertThatThrownBy(() -> registers.incomingRegister(agency, secretBook.getId(), Secrecy.NONE))
                .isInstanceOf(DomainException.class).hasMessage("register.onlySecret");
        var day = LocalDate.of(2026, 4, 1);
        assertThat(transactions.execute(s -> registers.issue(chosen, NumberRequest.arrival(day, Secrecy.NONE)))
                .ordinal()).isEqualTo(1);
        assertThat(transactions.execute(s -> registers.issue(secretBook.getId(),
                NumberRequest.arrival(day, Secrecy.MAT))).ordinal()).isEqualTo(1);
        assertThat(transactions.execute(s -> registers.issue(chosen, NumberRequest.arrival(day, Secrecy.NONE)))
                .ordinal()).isEqualTo(2);
    }

    @Test
    void stateRegisterRestartsOnTheFirstOfJanuaryAndSeparatesSecretDocuments() {
        var state = new NumberingPolicy(NumberingPolicy.Scope.SHARED, NumberingPolicy.Reset.YEARLY,
                NumberingPolicy.SecretSeries.SEPARATE, "{n}/{type}-{org}", "{n}/{org}-{unit}");
        var register = register(state, false, false);
        assertThat(issue(register, "QĐ", Secrecy.NONE, LocalDate.of(2026, 12, 31)).notation())
                .isEqualTo("01/QĐ-BTGTHU");
        assertThat(issue(register, "KH", Secrecy.NONE, LocalDate.of(2026, 12, 31)).notation())
                .isEqualTo("02/KH-BTGTHU");
        assertThat(transactions.execute(s -> registers.issue(register.getId(),
                new NumberRequest("CV", Secrecy.NONE, LocalDate.of(2026, 12, 31), "VP"))).notation())
                .isEqualTo("03/BTGTHU-VP");
        assertThat(issue(register, "QĐ", Secrecy.NONE, LocalDate.of(2027, 1, 1)).notation())
                .isEqualTo("01/QĐ-BTGTHU");
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
        assertThat(issue(register, "TB", Secrecy.NONE, day).notation()).isEqualTo("01-TB/BTGTHU");
        // another node changes the register's policy (its own plan cache is not this one): the next number follows it
        jdbc.update("update register set number_format = '{n}/{type}-{org}', version = version + 1 where id = ?",
                register.getId());
        assertThat(issue(register, "TB", Secrecy.NONE, day).notation()).isEqualTo("02/TB-BTGTHU");
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

    /** A register of a new agency of its own (counters belong to the agency): tests never share a series. */
    private Register register(NumberingPolicy policy, boolean party, boolean secretOnly) {
        var agency = transactions.execute(s -> {
            var created = organizationManagement.createAgency(new AgencyDetails("Ban thử " + UUID.randomUUID(),
                    null, "BTGTHU", null, AgencyKind.PARTY_COMMISSION, null, null, null, null, null,
                    LocalDate.of(2015, 1, 1), null), true);
            organizationManagement.addTerm(created.getId(), "2020–2025", LocalDate.of(2020, 10, 1),
                    LocalDate.of(2025, 10, 15));
            organizationManagement.addTerm(created.getId(), "2025–2030", LocalDate.of(2025, 10, 16), null);
            return created;
        });
        var kind = policy.equals(NumberingPolicy.arrival()) ? RegisterKind.INCOMING : RegisterKind.OUTGOING;
        return register(agency.getId(), kind, policy, party, secretOnly, null);
    }

    private Register register(Long agencyId, RegisterKind kind, NumberingPolicy policy, boolean party,
            boolean secretOnly, String separateSeries) {
        return transactions.execute(s -> registers.create(new Register(agencyId, kind,
                "Sổ thử " + UUID.randomUUID(), party, policy, secretOnly, separateSeries)));
    }
}
