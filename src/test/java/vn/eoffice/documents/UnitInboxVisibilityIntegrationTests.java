package vn.eoffice.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.ListScope;
import vn.eoffice.identity.Permission;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit head's and an officer's inboxes list what the access rule lets them see, whether a document is their unit's
 * own or one they or their unit take part in elsewhere; and the same when they take part in too many documents
 * elsewhere to name them.
 */
@IntegrationTest
class UnitInboxVisibilityIntegrationTests {

    @Autowired DocumentManagement documents;
    @Autowired DocumentQueries queries;
    @Autowired Directives directives;
    @Autowired Participations participations;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired AccessControl access;
    @Autowired UserDetailsService accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void unitHeadsAndOfficersSeeTheirUnitsDocumentsAndWhatTheyTakePartIn() {
        var clerk = as("vanthu");
        var head = as("truongphong");
        var officer = as("chuyenvien");
        Long office = unit("VP");
        Long propaganda = unit("TTBC");
        Long culture = unit("KGVH");

        // secret work may only go to a unit whose head is cleared for it (issue 20): Phòng Khoa giáo's head is, here
        jdbc.update("update app_user set clearance = 'MAT' where username = 'phokhoagiao'");
        try {
            var own = directed(Secrecy.NONE,
                    new DirectiveForm(propaganda, null, null, null, null, deadline(), "Chủ trì"));
            var officerElsewhere = directed(Secrecy.NONE,
                    new DirectiveForm(culture, null, null, Set.of(officer.id()), null, deadline(), "Phối hợp"));
            var headElsewhere = directed(Secrecy.MAT,
                    new DirectiveForm(culture, null, null, Set.of(head.id()), null, deadline(), "Phối hợp"));
            var unitElsewhere = directed(Secrecy.NONE,
                    new DirectiveForm(office, null, Set.of(propaganda), null, null, deadline(), "Phối hợp"));
            var secretUnitElsewhere = directed(Secrecy.MAT,
                    new DirectiveForm(culture, null, Set.of(propaganda), null, null, deadline(), "Phối hợp"));
            var notTheirs = directed(Secrecy.MAT,
                    new DirectiveForm(culture, null, Set.of(office), null, null, deadline(), "Chủ trì"));
            var created = List.of(own, officerElsewhere, headElsewhere, unitElsewhere, secretUnitElsewhere,
                    notTheirs);

            assertThat(listed(head, Box.ALL, created)).containsExactlyInAnyOrder(own, headElsewhere, unitElsewhere,
                    secretUnitElsewhere);
            assertThat(listed(officer, Box.ALL, created)).containsExactlyInAnyOrder(own, officerElsewhere,
                    unitElsewhere);
            assertThat(listed(officer, Box.TO_PROCESS, created)).containsExactlyInAnyOrder(own, officerElsewhere,
                    unitElsewhere);
            assertThat(listed(clerk, Box.TO_PROCESS, created)).as("the office leads one, co-processes another")
                    .containsExactlyInAnyOrder(unitElsewhere, notTheirs);
            for (var person : List.of(clerk, head, officer)) {
                for (var box : List.of(Box.ALL, Box.TO_PROCESS)) {
                    assertThat(listed(person, box, created)).as("%s, %s", person.getUsername(), box)
                            .containsExactlyInAnyOrderElementsOf(allowed(person, box, created));
                    assertPagesFollowTheInboxOrder(person, box);
                }
            }
        } finally {
            jdbc.update("update app_user set clearance = 'NONE' where username = 'phokhoagiao'");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from document_participant p join document d on d.id = p.document_id
                where p.owner_unit_id is distinct from d.owner_unit_id
                """, Long.class)).as("every participant row carries its document's owner unit").isZero();
    }

    @Test
    void tooManyDocumentsElsewhereToNameAreStillListed() {
        var officer = as("chuyenvien");
        var scope = access.listScope(officer);
        transactions.executeWithoutResult(status -> {
            int already = elsewhere(scope);
            var named = insertWithUnitTakingPart(DocumentQueries.ELSEWHERE_LIMIT - already);
            assertThat(elsewhere(scope)).as("named").isEqualTo(DocumentQueries.ELSEWHERE_LIMIT);
            assertThat(listed(officer, Box.ALL, named)).containsExactlyInAnyOrderElementsOf(named);
            assertThat(listed(officer, Box.TO_PROCESS, named)).containsExactlyInAnyOrderElementsOf(named);

            var checked = new ArrayList<>(named);
            checked.addAll(insertWithUnitTakingPart(1));
            assertThat(elsewhere(scope)).as("too many to name").isEqualTo(DocumentQueries.ELSEWHERE_LIMIT + 1);
            assertThat(listed(officer, Box.ALL, checked)).containsExactlyInAnyOrderElementsOf(checked);
            assertThat(listed(officer, Box.TO_PROCESS, checked)).containsExactlyInAnyOrderElementsOf(checked);
            assertThat(listed(as("giangalu"), Box.ALL, checked)).isEmpty();
            status.setRollbackOnly();
        });
    }

    private int elsewhere(ListScope scope) {
        return participations.notOwnedBy(scope.ownerUnitIds(), scope.participantUserIds(), scope.participantUnitIds(),
                Set.of(), DocumentQueries.ELSEWHERE_LIMIT + 1).size();
    }

    /** A list made of several parts pages like one: urgent first, then the newest, page after page. */
    private void assertPagesFollowTheInboxOrder(CurrentUser user, Box box) {
        var whole = queries.incoming(user, box, PageRequest.of(0, 10_000)).getContent();
        assertThat(whole).isSortedAccordingTo(Comparator.comparing((DocumentRow row) -> row.urgency().ordinal())
                .thenComparing(DocumentRow::receivedAt).thenComparing(DocumentRow::id).reversed());
        var paged = new ArrayList<DocumentRow>();
        for (int page = 0; page * 7 < whole.size(); page++) {
            var rows = queries.incoming(user, box, PageRequest.of(page, 7));
            assertThat(rows.getTotalElements()).isEqualTo(whole.size());
            paged.addAll(rows.getContent());
        }
        assertThat(paged).extracting(DocumentRow::id).containsExactlyElementsOf(
                whole.stream().map(DocumentRow::id).toList());
    }

    /** Registered by the clerk (owned by the office), submitted and directed: the lead unit becomes the owner. */
    private Long directed(Secrecy secrecy, DirectiveForm directive) {
        var clerk = as("vanthu");
        return transactions.execute(status -> {
            var document = documents.registerIncoming(clerk, new IncomingDetails(
                    registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                    "7-CV/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today().minusDays(1), "CV",
                    "Về việc phối hợp tuyên truyền", null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, secrecy,
                    1, 1, null, null), List.of());
            documents.submit(clerk, document.getId(), as("lanhdao").id());
            directives.direct(as("lanhdao"), document.getId(), directive);
            return document.getId();
        });
    }

    /** Incoming documents of Phòng Khoa giáo in which the officer's unit, Phòng Tuyên truyền, co-processes. */
    private List<Long> insertWithUnitTakingPart(int count) {
        var clerk = as("vanthu");
        String marker = "Phối hợp " + UUID.randomUUID();
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] { clerk.agencyId(), Timestamp.from(Instant.now().minusSeconds(i)), i + "-CV/HU",
                    marker, unit("KGVH"), clerk.id(), Timestamp.from(Instant.now()) });
        }
        jdbc.batchUpdate("""
                insert into document (agency_id, direction, status, received_at, notation, type_code, summary,
                  issuer_name, urgency, urgency_rank, secrecy, owner_unit_id, created_by, created_at)
                values (?, 'INCOMING', 'DIRECTED', ?, ?, 'CV', ?, 'Huyện ủy Tủa Chùa', 'NORMAL', 0, 'NONE', ?, ?, ?)
                """, rows);
        jdbc.update("""
                insert into document_participant (document_id, user_id, unit_id, role, owner_unit_id)
                select id, null, ?, 'CO', owner_unit_id from document where summary = ?
                """, unit("TTBC"), marker);
        return jdbc.queryForList("select id from document where summary = ?", Long.class, marker);
    }

    private List<Long> listed(CurrentUser user, Box box, List<Long> among) {
        var wanted = new HashSet<>(among);
        return queries.incoming(user, box, PageRequest.of(0, 10_000)).getContent().stream().map(DocumentRow::id)
                .filter(wanted::contains).toList();
    }

    /** What the access rule allows among the given documents that are in the box (all, or to process). */
    private List<Long> allowed(CurrentUser user, Box box, List<Long> among) {
        return transactions.execute(status -> among.stream().filter(id -> {
            var document = documents.visible(as("vanthu"), id);
            boolean inBox = box == Box.ALL || document.getStatus() == DocumentStatus.DIRECTED
                    && document.getParticipants().stream().anyMatch(p -> (p.role() == ParticipantRole.LEAD
                            || p.role() == ParticipantRole.CO)
                            && (user.id().equals(p.userId()) || user.unitId().equals(p.unitId())));
            return inBox && access.may(user, Permission.VIEW, DocumentManagement.protection(document));
        }).toList());
    }

    private static LocalDate deadline() {
        return OfficeDate.today().plusDays(7);
    }

    private Long unit(String abbreviation) {
        return organization.units(as("vanthu").agencyId(), OfficeDate.today()).stream()
                .filter(u -> u.abbreviation().equals(abbreviation)).findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
