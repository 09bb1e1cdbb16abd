package vn.eoffice.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AccessControlTests {

    static final long AGENCY = 1L;
    static final long OTHER_AGENCY = 2L;
    static final long OFFICE = 10L;
    static final long PROPAGANDA = 20L;
    static final long PRESS_TEAM = 21L;   // below PROPAGANDA
    static final long CULTURE = 30L;      // sibling of PROPAGANDA

    private static final Map<Long, Long> PARENT = Map.of(PRESS_TEAM, PROPAGANDA);

    private AccessControl access;

    @BeforeEach
    void setUp() {
        var organization = mock(OrganizationDirectory.class);
        when(organization.isWithin(any(), any())).thenAnswer(call -> {
            Long unit = call.getArgument(0);
            Long ancestor = call.getArgument(1);
            for (Long current = unit; current != null; current = PARENT.get(current)) {
                if (current.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        });
        access = new AccessControl(organization, mock(AuditLog.class));
    }

    @Test
    void deniesByDefault() {
        var nobody = person(1, null, Secrecy.TUYET_MAT);
        assertThat(access.may(nobody, Permission.VIEW, record(PROPAGANDA, Secrecy.NONE))).isFalse();
        assertThat(access.may(null, Permission.VIEW, record(PROPAGANDA, Secrecy.NONE))).isFalse();
        assertThat(access.may(person(2, PROPAGANDA, Secrecy.NONE, Role.OFFICER), Permission.VIEW, null)).isFalse();
        assertThat(access.may(person(2, PROPAGANDA, Secrecy.NONE, Role.OFFICER), Permission.VIEW,
                new ProtectedObject(null, PROPAGANDA, Secrecy.NONE, Set.of(), Set.of()))).isFalse();
    }

    @Test
    void clearanceGatesEvenParticipantsAndAdministrators() {
        var participant = person(3, PROPAGANDA, Secrecy.MAT, Role.OFFICER);
        var secret = new ProtectedObject(AGENCY, PROPAGANDA, Secrecy.TOI_MAT, Set.of(3L), Set.of());
        assertThat(access.may(participant, Permission.VIEW, secret)).isFalse();

        var admin = person(4, OFFICE, Secrecy.NONE, Role.ADMIN);
        assertThat(access.may(admin, Permission.ADMINISTER, new ProtectedObject(AGENCY, OFFICE, Secrecy.MAT,
                Set.of(), Set.of()))).isFalse();

        var cleared = person(5, PROPAGANDA, Secrecy.TOI_MAT, Role.OFFICER);
        assertThat(access.may(cleared, Permission.VIEW, new ProtectedObject(AGENCY, PROPAGANDA, Secrecy.TOI_MAT,
                Set.of(5L), Set.of()))).isTrue();
    }

    @Test
    void deniesRecordsOfAnotherAgency() {
        var leader = person(6, null, Secrecy.TUYET_MAT, Role.LEADER);
        var foreign = new ProtectedObject(OTHER_AGENCY, PROPAGANDA, Secrecy.NONE, Set.of(6L), Set.of());
        assertThat(access.may(leader, Permission.VIEW, foreign)).isFalse();
    }

    @Test
    void administerIsForAdministratorsOnly() {
        var settings = ProtectedObject.ofAgency(AGENCY);
        assertThat(access.may(person(7, OFFICE, Secrecy.NONE, Role.ADMIN), Permission.ADMINISTER, settings)).isTrue();
        assertThat(access.may(person(8, null, Secrecy.TUYET_MAT, Role.LEADER), Permission.ADMINISTER, settings))
                .isFalse();
        assertThat(access.may(person(9, OFFICE, Secrecy.MAT, Role.CLERK), Permission.ADMINISTER, settings)).isFalse();
        // administering does not mean reading the content
        assertThat(access.may(person(7, OFFICE, Secrecy.NONE, Role.ADMIN), Permission.VIEW,
                record(PROPAGANDA, Secrecy.NONE))).isFalse();
    }

    @Test
    void leaderViewsEverythingOfTheAgencyButEditsOnlyWhenTakingPart() {
        var leader = person(10, null, Secrecy.TUYET_MAT, Role.LEADER);
        assertThat(access.may(leader, Permission.VIEW, record(CULTURE, Secrecy.TOI_MAT))).isTrue();
        assertThat(access.may(leader, Permission.EDIT, record(CULTURE, Secrecy.NONE))).isFalse();
        assertThat(access.may(leader, Permission.EDIT, new ProtectedObject(AGENCY, CULTURE, Secrecy.NONE,
                Set.of(10L), Set.of()))).isTrue();
    }

    @Test
    void clerkViewsAndEditsEverythingOfTheAgency() {
        var clerk = person(11, OFFICE, Secrecy.MAT, Role.CLERK);
        assertThat(access.may(clerk, Permission.VIEW, record(CULTURE, Secrecy.MAT))).isTrue();
        assertThat(access.may(clerk, Permission.EDIT, record(PROPAGANDA, Secrecy.NONE))).isTrue();
    }

    @Test
    void unitHeadSeesOwnUnitAndSubUnitsButNotASibling() {
        var head = person(12, PROPAGANDA, Secrecy.MAT, Role.UNIT_HEAD);
        assertThat(access.may(head, Permission.EDIT, record(PROPAGANDA, Secrecy.NONE))).isTrue();
        assertThat(access.may(head, Permission.VIEW, record(PRESS_TEAM, Secrecy.NONE))).isTrue();
        assertThat(access.may(head, Permission.VIEW, record(CULTURE, Secrecy.NONE))).isFalse();
    }

    @Test
    void officerSeesOwnUnitButEditsOnlyAsParticipant() {
        var officer = person(13, PROPAGANDA, Secrecy.NONE, Role.OFFICER);
        assertThat(access.may(officer, Permission.VIEW, record(PROPAGANDA, Secrecy.NONE))).isTrue();
        assertThat(access.may(officer, Permission.EDIT, record(PROPAGANDA, Secrecy.NONE))).isFalse();
        assertThat(access.may(officer, Permission.VIEW, record(CULTURE, Secrecy.NONE))).isFalse();
        assertThat(access.may(officer, Permission.VIEW, record(PRESS_TEAM, Secrecy.NONE))).isFalse();
        assertThat(access.may(officer, Permission.EDIT, new ProtectedObject(AGENCY, CULTURE, Secrecy.NONE,
                Set.of(13L), Set.of()))).isTrue();
        assertThat(access.may(officer, Permission.VIEW, new ProtectedObject(AGENCY, CULTURE, Secrecy.NONE,
                Set.of(), Set.of(PROPAGANDA)))).isTrue();
    }

    @Test
    void severalRolesAddUp() {
        var leaderAndClerk = person(14, OFFICE, Secrecy.MAT, Role.LEADER, Role.CLERK);
        assertThat(access.may(leaderAndClerk, Permission.EDIT, record(CULTURE, Secrecy.NONE))).isTrue();
    }

    @Test
    void delegationGrantsTheDelegatorsRightsWithTheDeputysOwnClearance() {
        var deputy = person(15, CULTURE, Secrecy.NONE, Role.OFFICER)
                .withDelegator(new CurrentUser.Delegator(16L, "head", "Trưởng phòng", PROPAGANDA,
                        EnumSet.of(Role.UNIT_HEAD)));
        assertThat(access.may(deputy, Permission.EDIT, record(PRESS_TEAM, Secrecy.NONE))).isTrue();
        assertThat(access.may(deputy, Permission.VIEW, record(PROPAGANDA, Secrecy.MAT))).isFalse();

        var withoutDelegation = person(15, CULTURE, Secrecy.NONE, Role.OFFICER);
        assertThat(access.may(withoutDelegation, Permission.EDIT, record(PRESS_TEAM, Secrecy.NONE))).isFalse();
    }

    private static ProtectedObject record(long ownerUnit, Secrecy secrecy) {
        return new ProtectedObject(AGENCY, ownerUnit, secrecy, Set.of(), Set.of());
    }

    private static CurrentUser person(long id, Long unitId, Secrecy clearance, Role... roles) {
        var user = new User("u" + id, "{noop}x", "Người " + id, AGENCY, Instant.EPOCH);
        user.update("Người " + id, null, null, null, AGENCY, unitId, clearance,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), true);
        ReflectionTestUtils.setField(user, "id", id);
        return new CurrentUser(user, null);
    }
}
