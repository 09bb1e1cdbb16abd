package vn.eoffice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.casefiles.CaseFileForm;
import vn.eoffice.documents.casefiles.CaseFileManagement;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.Direction;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.TestFiles;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 20: the authorisation matrix. Every {@code /api/v1} endpoint, for every demo account of both hosted agencies,
 * on records of the person's own unit, of another unit, of another agency, and secret ones (Mật) — reads and writes.
 * <p>
 * What each person should get is stated here, from the records' data as stored (agency, owning unit, participants,
 * secrecy, organisers), by the rules the product promises (README, {@code AccessControl}'s contract, the module
 * rules for meetings, monitoring, files and the exchange queue), not by asking the code under test. A read the rules
 * allow must answer 2xx; one they refuse must answer 403 or 404, and a list must carry no trace of a record its
 * reader may not view. A write the rules refuse must answer 403 or 404 and change nothing (no successful audit
 * line); the writes the rules allow are exercised by each module's own API tests. A new endpoint fails
 * {@link #everyApiEndpointIsInTheMatrix} until it has its row here.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTests {

    static final List<String> LOGINS = List.of("admin", "vanthu", "lanhdao", "truongban", "truongphong",
            "chuyenvien", "chuyenvien2", "phokhoagiao", "dinhthimai", "giangalu",
            "vanthuxa", "bithuxa", "phobithuxa", "truongbanxa", "chuyenvienxa");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired RegisterManagement registers;
    @Autowired OutgoingManagement outgoing;
    @Autowired OrganizationDirectory organization;
    @Autowired FileStorage files;
    @Autowired CaseFileManagement caseFiles;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<Long, Long> parentOf = new HashMap<>();
    private Fixtures f;
    private List<Row> rows;

    // ---------------------------------------------------------------- the people and the records

    /** A demo account as the rules see it. */
    record Person(String login, CurrentUser principal) {
        Long id() { return principal.id(); }
        Long agencyId() { return principal.agencyId(); }
        Long unitId() { return principal.unitId(); }
        boolean is(Role role) { return principal.roles().contains(role); }
        boolean cleared(Secrecy secrecy) { return principal.clearance().covers(secrecy); }
    }

    /** A record as stored: whose it is, who takes part, how secret. */
    record Guarded(String name, long id, long agencyId, Long ownerUnitId, Secrecy secrecy, Set<Long> users,
            Set<Long> units) {
    }

    /** One request of a row on one record, and whether the rules let this person do it. */
    record Variant(String record, String uri, Function<String, AbstractMockHttpServletRequestBuilder<?>> build,
            BiPredicate<Person, Fixtures> allowed, BiPredicate<Person, Fixtures> sees, boolean absentAllowed) {

        /** The same request, for people who see the record (or whose own agency's data the request names). */
        Variant seenBy(BiPredicate<Person, Fixtures> rule) {
            return new Variant(record, uri, build, allowed, rule, absentAllowed);
        }

        /** A read of a part that may not exist (a file position, a certificate): "not found" is a right answer too. */
        Variant maybeAbsent() {
            return new Variant(record, uri, build, allowed, sees, true);
        }
    }

    /** An endpoint: its method, its pattern as mapped, and the records it is tried on. */
    record Row(String method, String pattern, boolean write, List<Variant> variants) {
        String key() { return method + " " + pattern; }
    }

    /** The records every row is tried on, made as the demo's people would make them. */
    final class Fixtures {
        Long commission;
        Long commune;
        Long propaganda;
        Long culture;
        Long office;
        Guarded docOwn;
        Guarded docOther;
        Guarded docSecret;
        Guarded docCommune;
        Guarded docRegistered;
        Guarded docSubmitted;
        Guarded draft;
        Guarded taskOwn;
        Guarded taskOther;
        Guarded taskSecret;
        Long fileOfOfficer;
        Long notificationOfHead;
        Long headId;
        Long meeting;
        Set<Long> meetingOrganisers;
        Set<Long> meetingUsers;
        Set<Long> meetingUnits;
        Long monitored;
        Long peer;
        Long supervision;
        long material;
        Long monitoredUnit;
        String period;
        Long caseFile;
        Long inboxEntry;
        Long inboxAgency;
        Long incomingRegister;
        Long outgoingRegister;
        Long commissionUser;
        Long communeUser;
        Guarded cadreOfOfficer;
        Guarded cadreUnlinked;
        Guarded cadreCommune;
        Long position;
        Map<Long, Long> personnelUnits = new HashMap<>();
    }

    @BeforeAll
    void makeTheRecords() {
        for (String login : LOGINS) {
            people.put(login, new Person(login, (CurrentUser) accounts.loadUserByUsername(login)));
        }
        jdbc.query("select id, parent_id from org_unit", rs -> {
            long parent = rs.getLong("parent_id");
            parentOf.put(rs.getLong("id"), rs.wasNull() ? null : parent);
        });
        f = new Fixtures();
        var clerk = people.get("vanthu").principal();
        var leader = people.get("lanhdao").principal();
        f.commission = clerk.agencyId();
        f.commune = people.get("vanthuxa").agencyId();
        f.propaganda = people.get("chuyenvien").unitId();
        f.culture = people.get("dinhthimai").unitId();
        f.office = clerk.unitId();
        f.headId = people.get("truongphong").id();
        f.incomingRegister = registers.activeRegisters(f.commission, RegisterKind.INCOMING).stream()
                .filter(r -> !r.secretOnly()).findFirst().orElseThrow().id();
        f.outgoingRegister = registers.activeRegisters(f.commission, RegisterKind.OUTGOING).get(0).id();
        f.commissionUser = people.get("chuyenvien").id();
        f.communeUser = people.get("chuyenvienxa").id();

        f.docOwn = incoming("own unit", clerk, leader, Secrecy.NONE, f.propaganda);
        f.docOther = incoming("other unit", clerk, leader, Secrecy.NONE, f.culture);
        f.docSecret = incoming("secret", clerk, leader, Secrecy.MAT, f.propaganda);
        f.docCommune = incoming("other agency", people.get("vanthuxa").principal(),
                people.get("bithuxa").principal(), Secrecy.NONE, people.get("chuyenvienxa").unitId());
        f.docRegistered = incoming("registered", clerk, null, Secrecy.NONE, null);
        f.docSubmitted = incoming("submitted", clerk, leader, Secrecy.NONE, null);
        f.taskOwn = task(f.docOwn);
        f.taskOther = task(f.docOther);
        f.taskSecret = task(f.docSecret);
        var officer = people.get("chuyenvien").principal();
        f.draft = document("draft", transactions.execute(s -> outgoing.draft(officer, new OutgoingDraft(
                Direction.OUTGOING, "CV", "Về việc ma trận quyền " + tag(), Urgency.NORMAL, Secrecy.NONE, null,
                List.of(), List.of(), List.of(), null), null, List.of())).getId());
        f.fileOfOfficer = files.store("bao-cao.pdf", new java.io.ByteArrayInputStream(
                TestFiles.pdf("Báo cáo của chuyên viên")), officer.id()).id();
        f.notificationOfHead = jdbc.queryForObject("select max(id) from notification where recipient_id = ?",
                Long.class, f.headId);

        f.meeting = jdbc.queryForObject("select min(id) from meeting where agency_id = ?", Long.class, f.commission);
        f.meetingOrganisers = ids("select created_by from meeting where id = ? union select chair_id from meeting "
                + "where id = ? union select secretary_id from meeting where id = ?", f.meeting, f.meeting, f.meeting);
        f.meetingUsers = ids("select user_id from meeting_participant where meeting_id = ? and user_id is not null "
                + "union select deputy_id from meeting_participant where meeting_id = ? and deputy_id is not null "
                + "union select host_id from meeting_point where meeting_id = ? and host_id is not null",
                f.meeting, f.meeting, f.meeting);
        f.meetingUnits = ids("select unit_id from meeting_participant where meeting_id = ? and unit_id is not null",
                f.meeting);
        f.monitored = jdbc.queryForObject("select min(id) from monitored_document where agency_id = ?", Long.class,
                f.commission);
        f.monitoredUnit = jdbc.queryForObject("select responsible_unit_id from monitored_document where id = ?",
                Long.class, f.monitored);
        Long peer = jdbc.queryForObject("select min(id) from exchange_peer", Long.class);
        f.peer = peer == null ? 0 : peer;
        f.supervision = jdbc.queryForObject("select min(id) from supervision_plan where monitored_document_id = ?",
                Long.class, f.monitored);
        Long material = jdbc.queryForObject("select min(id) from meeting_material where meeting_id = ?", Long.class,
                f.meeting);
        f.material = material == null ? 0 : material;
        var period = jdbc.queryForObject("select min(period_start) from monitoring_report "
                + "where monitored_document_id = ?", java.sql.Date.class, f.monitored);
        f.period = period == null ? OfficeDate.today().withDayOfMonth(1).toString() : period.toLocalDate().toString();
        var head = people.get("truongphong").principal();
        f.caseFile = transactions.execute(s -> caseFiles.create(head, new CaseFileForm(OfficeDate.today().getYear(),
                "MT-" + tag(), "Hồ sơ ma trận quyền", 5, head.id(), head.unitId(), null))).getId();
        f.inboxEntry = jdbc.queryForObject("select min(id) from exchange_inbox", Long.class);
        f.inboxAgency = f.inboxEntry == null ? null
                : jdbc.queryForObject("select agency_id from exchange_inbox where id = ?", Long.class, f.inboxEntry);
        f.cadreOfOfficer = cadre(jdbc.queryForObject("select id from cadre where user_id = ?", Long.class,
                f.commissionUser));
        f.cadreUnlinked = cadre(jdbc.queryForObject("select min(id) from cadre where agency_id = ? and user_id is null",
                Long.class, f.commission));
        f.cadreCommune = cadre(jdbc.queryForObject("select min(id) from cadre where agency_id = ?", Long.class,
                f.commune));
        f.position = jdbc.queryForObject("select min(id) from job_position where agency_id = ?", Long.class,
                f.commission);
        for (Long agency : List.of(f.commission, f.commune)) {
            f.personnelUnits.put(agency, jdbc.queryForObject("select id from org_unit where agency_id = ? and "
                    + "abbreviation = 'VP'", Long.class, agency));
        }
        rows = rows();
    }

    /** A cadre record: its agency, and the account of the person it is about (as the owner "user"). */
    private Guarded cadre(Long id) {
        var row = jdbc.queryForMap("select agency_id, user_id from cadre where id = ?", id);
        Long user = longOrNull(row.get("user_id"));
        return new Guarded("cadre " + id, id, ((Number) row.get("agency_id")).longValue(), null, Secrecy.NONE,
                user == null ? Set.of() : Set.of(user), Set.of());
    }

    private Guarded incoming(String name, CurrentUser clerk, CurrentUser leader, Secrecy secrecy, Long leadUnit) {
        // the register a clerk picks; a secret document goes to the secret incoming register by itself
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).stream()
                .filter(r -> !r.secretOnly()).findFirst().orElseThrow();
        Long id = transactions.execute(s -> {
            var document = documents.registerIncoming(clerk, new IncomingDetails(register.id(),
                    "7-BC/" + tag(), OfficeDate.today().minusDays(1), "BC", "Ma trận quyền " + name + " " + tag(),
                    null, "Tỉnh ủy Điện Biên", null, null, null, Urgency.NORMAL, secrecy, 1, 1, null, null), List.of());
            if (leader != null) {
                documents.submit(clerk, document.getId(), leader.id());
            }
            if (leadUnit != null) {
                directives.direct(leader, document.getId(), new DirectiveForm(leadUnit, null, null, null, null,
                        OfficeDate.today().plusDays(5), "Chủ trì thực hiện"));
            }
            return document.getId();
        });
        return document(name, id);
    }

    private Guarded document(String name, Long id) {
        var row = jdbc.queryForMap("select agency_id, owner_unit_id, secrecy from document where id = ?", id);
        return new Guarded(name, id, ((Number) row.get("agency_id")).longValue(), longOrNull(row.get("owner_unit_id")),
                Secrecy.valueOf((String) row.get("secrecy")),
                ids("select user_id from document_participant where document_id = ? and user_id is not null", id),
                ids("select unit_id from document_participant where document_id = ? and unit_id is not null", id));
    }

    private Guarded task(Guarded document) {
        Long id = jdbc.queryForObject("select min(id) from task where source_type = 'DOCUMENT' and source_id = ?",
                Long.class, document.id());
        var row = jdbc.queryForMap("select agency_id, owner_unit_id, secrecy from task where id = ?", id);
        var users = ids("select assigner_id from task where id = ? union select lead_user_id from task where id = ? "
                + "and lead_user_id is not null union select user_id from task_co_processor where task_id = ? and "
                + "user_id is not null union select user_id from task_informed where task_id = ? union select "
                + "lead_user_id from task where parent_id = ? and lead_user_id is not null", id, id, id, id, id);
        var units = ids("select lead_unit_id from task where id = ? and lead_unit_id is not null union select unit_id "
                + "from task_co_processor where task_id = ? and unit_id is not null", id, id);
        return new Guarded("task of " + document.name(), id, ((Number) row.get("agency_id")).longValue(),
                longOrNull(row.get("owner_unit_id")), Secrecy.valueOf((String) row.get("secrecy")), users, units);
    }

    // ---------------------------------------------------------------- the rules, as the product states them

    private boolean within(Long unit, Long ancestor) {
        for (Long at = unit; at != null; at = parentOf.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** README and AccessControl's contract: clearance, own agency, participation, then role and unit. */
    boolean views(Person p, Guarded g) {
        if (!p.cleared(g.secrecy()) || g.agencyId() != p.agencyId()) {
            return false;
        }
        if (g.users().contains(p.id()) || p.is(Role.CLERK) || p.is(Role.LEADER)) {
            return true;
        }
        if (p.is(Role.UNIT_HEAD) && p.unitId() != null && (within(g.ownerUnitId(), p.unitId())
                || g.units().stream().anyMatch(u -> within(u, p.unitId())))) {
            return true;
        }
        return p.is(Role.OFFICER) && p.unitId() != null
                && (p.unitId().equals(g.ownerUnitId()) || g.units().contains(p.unitId()));
    }

    /** Acting on a record: participants, clerks, leaders for their units' records, heads for their units'. */
    boolean edits(Person p, Guarded g) {
        if (!p.cleared(g.secrecy()) || g.agencyId() != p.agencyId()) {
            return false;
        }
        if (g.users().contains(p.id()) || p.is(Role.CLERK)) {
            return true;
        }
        return p.is(Role.UNIT_HEAD) && p.unitId() != null && (within(g.ownerUnitId(), p.unitId())
                || g.units().stream().anyMatch(u -> within(u, p.unitId())));
    }

    boolean admin(Person p) {
        return p.is(Role.ADMIN);
    }

    boolean clerkOf(Person p, Long agencyId) {
        return p.is(Role.CLERK) && agencyId != null && agencyId.equals(p.agencyId());
    }

    /** Meetings: the agency's leaders, its organisers, those invited in person, as deputy, or with their unit. */
    boolean seesMeeting(Person p) {
        if (!f.commission.equals(p.agencyId())) {
            return false;
        }
        return p.is(Role.LEADER) || f.meetingOrganisers.contains(p.id()) || f.meetingUsers.contains(p.id())
                || (p.unitId() != null && f.meetingUnits.contains(p.unitId()));
    }

    boolean organisesMeeting(Person p) {
        return f.commission.equals(p.agencyId()) && f.meetingOrganisers.contains(p.id());
    }

    /** Monitoring: managed by a leader or the responsible unit (its head, also from above, or its officer). */
    boolean managesMonitored(Person p) {
        if (!f.commission.equals(p.agencyId())) {
            return false;
        }
        return p.is(Role.LEADER) || ((p.is(Role.UNIT_HEAD) || p.is(Role.OFFICER)) && belongs(p, f.monitoredUnit));
    }

    boolean belongs(Person p, Long unit) {
        return p.unitId() != null && unit != null && (p.unitId().equals(unit)
                || (p.is(Role.UNIT_HEAD) && within(unit, p.unitId())));
    }

    /**
     * People (README, AccessControl.mayViewPersonnelRecord): the personnel office of an agency is whoever works in
     * its Văn phòng as clerk, unit head or officer (an administrator there by that role alone is not); it keeps the
     * records. It and the agency's leaders browse them; a record is also seen by the person it is about.
     */
    boolean personnelOffice(Person p, Long agencyId) {
        return agencyId.equals(p.agencyId()) && p.unitId() != null && p.unitId().equals(f.personnelUnits.get(agencyId))
                && (p.is(Role.CLERK) || p.is(Role.UNIT_HEAD) || p.is(Role.OFFICER));
    }

    boolean browsesPeople(Person p, Long agencyId) {
        return agencyId.equals(p.agencyId()) && (p.is(Role.LEADER) || personnelOffice(p, agencyId));
    }

    boolean seesCadre(Person p, Guarded cadre) {
        return cadre.agencyId() == p.agencyId() && (cadre.users().contains(p.id())
                || browsesPeople(p, cadre.agencyId()));
    }

    // ---------------------------------------------------------------- the matrix

    private List<Row> rows() {
        var list = new ArrayList<Row>();
        // identity: oneself, and the administrator's accounts
        list.add(read("/api/v1/me", any()));
        list.add(read("/api/v1/me/tokens", any()));
        list.add(write("POST", "/api/v1/me/tokens", on("own", "/api/v1/me/tokens", "{\"name\":\"ma trận\"}", (p, x) -> true)));
        list.add(read("/api/v1/users", only(this::admin)));
        list.add(read("/api/v1/users/{id}",
                on("oneself's colleague", "/api/v1/users/" + f.commissionUser,
                        null, (p, x) -> admin(p) || p.id().equals(x.commissionUser)),
                on("other agency's", "/api/v1/users/" + f.communeUser,
                        null, (p, x) -> admin(p) || p.id().equals(x.communeUser))));
        list.add(write("POST", "/api/v1/users", on("new account", "/api/v1/users", """
                {"username":"mt%s","fullName":"Người Thử","email":"mt@btgdv.dienbien.demo","agencyId":%d,
                 "roles":["OFFICER"],"clearance":"NONE","password":"Matkhau-rat-dai-2026"}"""
                .formatted(tag(), f.commission), (p, x) -> admin(p))));
        list.add(write("PUT", "/api/v1/users/{id}/signing-authority", on("an officer",
                "/api/v1/users/" + f.commissionUser + "/signing-authority", "{\"signingAuthority\":\"TL\"}",
                (p, x) -> admin(p))));
        // organisation: a directory every person reads; the administrator changes it
        list.add(read("/api/v1/agencies", any()));
        list.add(read("/api/v1/agencies/{id}", on("own", "/api/v1/agencies/" + f.commission, null, (p, x) -> true),
                on("other", "/api/v1/agencies/" + f.commune, null, (p, x) -> true)));
        list.add(read("/api/v1/agencies/{id}/units", on("own", "/api/v1/agencies/" + f.commission + "/units", null,
                (p, x) -> true)));
        list.add(read("/api/v1/organization/tree", any()));
        list.add(read("/api/v1/organization/lineage", any()));
        list.add(write("POST", "/api/v1/organization/lineage", on("a rename", "/api/v1/organization/lineage",
                "{\"kind\":\"RENAME\",\"effectiveDate\":\"" + OfficeDate.today() + "\",\"predecessorIds\":["
                        + f.commune + "],\"successorIds\":[" + f.commune + "],\"note\":\"thử\"}",
                (p, x) -> admin(p))));
        list.add(write("POST", "/api/v1/agencies", on("a new agency", "/api/v1/agencies",
                "{\"name\":\"Đảng ủy xã Thử " + tag() + "\",\"level\":\"COMMUNE\"}", (p, x) -> admin(p))));
        // audit and search index: administrators
        list.add(read("/api/v1/audit", only(this::admin)));
        list.add(read("/api/v1/audit/verify", only(this::admin)));
        list.add(read("/api/v1/admin/search/reindex", only(this::admin)));
        list.add(write("POST", "/api/v1/admin/search/reindex", on("index", "/api/v1/admin/search/reindex", null,
                (p, x) -> admin(p))));
        list.add(read("/api/v1/search?q=tr%E1%BA%ADn", any()));
        // files: the uploader's own
        list.add(write("POST", "/api/v1/files", on("upload", "/api/v1/files", null, (p, x) -> true)));
        list.add(read("/api/v1/files/{id}", on("an officer's", "/api/v1/files/" + f.fileOfOfficer, null,
                (p, x) -> p.login().equals("chuyenvien"))));
        list.add(read("/api/v1/files/{id}/content", on("an officer's", "/api/v1/files/" + f.fileOfOfficer
                + "/content", null, (p, x) -> p.login().equals("chuyenvien"))));
        // notifications: one's own
        list.add(read("/api/v1/notifications", any()));
        list.add(read("/api/v1/notifications/unread-count", any()));
        list.add(write("POST", "/api/v1/notifications/{id}/read", on("the head's", "/api/v1/notifications/"
                + f.notificationOfHead + "/read", null, (p, x) -> p.id().equals(x.headId))));
        list.add(write("POST", "/api/v1/notifications/read-all", on("own", "/api/v1/notifications/read-all", null,
                (p, x) -> true)));
        // incoming documents
        list.add(write("POST", "/api/v1/documents/incoming", on("register", "/api/v1/documents/incoming", null,
                (p, x) -> p.is(Role.CLERK))));
        list.add(read("/api/v1/documents/{id}", documentVariants("/api/v1/documents/%d", null, this::views)));
        list.add(read("/api/v1/documents?box=ALL&size=100", any()));
        list.add(write("POST", "/api/v1/documents/{id}/directive", on("submitted", "/api/v1/documents/"
                + f.docSubmitted.id() + "/directive", "{\"leadUnitId\":" + f.culture + ",\"deadline\":\""
                + OfficeDate.today().plusDays(9) + "\",\"opinion\":\"Chủ trì\"}",
                (p, x) -> p.is(Role.LEADER) && views(p, x.docSubmitted)).seenBy((p, x) -> views(p, x.docSubmitted))));
        list.add(write("POST", "/api/v1/documents/{id}/submit", on("registered", "/api/v1/documents/"
                + f.docRegistered.id() + "/submit", "{\"leaderId\":" + people.get("lanhdao").id() + "}",
                (p, x) -> p.is(Role.CLERK) && views(p, x.docRegistered)).seenBy((p, x) -> views(p, x.docRegistered))));
        // tasks
        list.add(read("/api/v1/tasks?size=100", any()));
        list.add(read("/api/v1/tasks/{id}", taskVariants("/api/v1/tasks/%d", null, this::views)));
        // meetings
        list.add(read("/api/v1/meetings", any()));
        list.add(read("/api/v1/meetings/{id}", on("a demo meeting", "/api/v1/meetings/" + f.meeting, null,
                (p, x) -> seesMeeting(p))));
        list.add(read("/api/v1/meetings/{id}/participants", on("a demo meeting", "/api/v1/meetings/" + f.meeting
                + "/participants", null, (p, x) -> seesMeeting(p))));
        list.add(read("/api/v1/meetings/{id}/conclusions", on("a demo meeting", "/api/v1/meetings/" + f.meeting
                + "/conclusions", null, (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/cancel", on("a demo meeting", "/api/v1/meetings/"
                + f.meeting + "/cancel", "{\"reason\":\"thử\"}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/conclusions", on("a demo meeting", "/api/v1/meetings/"
                + f.meeting + "/conclusions", "{\"content\":\"Kết luận thử\",\"leadUnitId\":" + f.propaganda
                + ",\"deadline\":\"" + OfficeDate.today().plusDays(9) + "\"}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/attendance", on("a demo meeting", "/api/v1/meetings/"
                + f.meeting + "/attendance", "{\"userIds\":[]}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/notice", on("a demo meeting", "/api/v1/meetings/"
                + f.meeting + "/notice", null, (p, x) -> organisesMeeting(p))));
        list.add(read("/api/v1/meeting-rooms", any()));
        // monitoring
        list.add(read("/api/v1/monitoring/documents", any()));
        list.add(read("/api/v1/monitoring/documents/{id}", on("a demo resolution", "/api/v1/monitoring/documents/"
                + f.monitored, null, (p, x) -> x.commission.equals(p.agencyId()))));
        list.add(read("/api/v1/monitoring/documents/{id}/periods/{start}/consolidated.docx", on("a demo resolution",
                "/api/v1/monitoring/documents/" + f.monitored + "/periods/" + f.period + "/consolidated.docx", null,
                (p, x) -> managesMonitored(p))));
        // monitoring committees: the commission sees a document's board and programmes; the demo resolution has no
        // committees, so a committee's people do not see it
        list.add(read("/api/v1/monitoring/committees", any()));
        list.add(read("/api/v1/monitoring/committees/export.xlsx", any()));
        list.add(read("/api/v1/monitoring/committees/candidates", any()));
        list.add(read("/api/v1/monitoring/documents/{id}/committees", on("a demo resolution",
                "/api/v1/monitoring/documents/" + f.monitored + "/committees", null,
                (p, x) -> x.commission.equals(p.agencyId()))));
        list.add(read("/api/v1/monitoring/documents/{id}/programmes", on("a demo resolution",
                "/api/v1/monitoring/documents/" + f.monitored + "/programmes", null,
                (p, x) -> x.commission.equals(p.agencyId()))));
        // people: a list filtered to what the reader sees; a record 404 to everyone else
        list.add(read("/api/v1/people", any()));
        list.add(read("/api/v1/people/{id}", List.of(f.cadreOfOfficer, f.cadreUnlinked, f.cadreCommune).stream()
                .map(c -> on(c.name(), "/api/v1/people/" + c.id(), null, (p, x) -> seesCadre(p, c))).toList()));
        list.add(read("/api/v1/positions", only(p -> browsesPeople(p, p.agencyId()))));
        list.add(read("/api/v1/positions/{id}", on("a demo position", "/api/v1/positions/" + f.position, null,
                (p, x) -> browsesPeople(p, x.commission))));
        // case files
        list.add(read("/api/v1/case-files", any()));
        var file = new Guarded("case file", f.caseFile, f.commission, people.get("truongphong").unitId(), Secrecy.NONE,
                Set.of(people.get("truongphong").id()), Set.of());
        list.add(read("/api/v1/case-files/{id}", on("a unit's", "/api/v1/case-files/" + f.caseFile, null,
                (p, x) -> views(p, file))));
        list.add(read("/api/v1/case-files/{id}/index", on("a unit's", "/api/v1/case-files/" + f.caseFile + "/index",
                null, (p, x) -> views(p, file))));
        list.add(write("POST", "/api/v1/case-files/{id}/documents", on("a unit's", "/api/v1/case-files/"
                + f.caseFile + "/documents", "{\"documentId\":" + f.docOwn.id() + "}",
                (p, x) -> edits(p, file) && views(p, x.docOwn))));
        list.add(write("POST", "/api/v1/case-files/{id}/close", on("a unit's", "/api/v1/case-files/" + f.caseFile
                + "/close", null, (p, x) -> edits(p, file))));
        list.add(write("POST", "/api/v1/case-files", on("new", "/api/v1/case-files", """
                {"year": %d, "code": "MT-%s", "title": "Hồ sơ thử", "retentionYears": 5, "ownerUserId": %d}"""
                .formatted(OfficeDate.today().getYear(), tag(), people.get("truongphong").id()),
                (p, x) -> p.agencyId().equals(x.commission) && (p.is(Role.CLERK) || p.is(Role.LEADER)
                        || (p.is(Role.UNIT_HEAD) && within(people.get("truongphong").unitId(), p.unitId()))))
                .seenBy((p, x) -> p.is(Role.CLERK) || p.is(Role.LEADER) || p.is(Role.UNIT_HEAD))));
        // dashboard
        list.add(read("/api/v1/dashboard", only(this::leadsWork)));
        list.add(read("/api/v1/dashboard/tasks", only(this::leadsWork)));
        list.addAll(moreRows());
        list.addAll(parityRows());
        list.addAll(competencyRows());
        list.addAll(evaluationRows());
        list.addAll(successionRows());
        list.addAll(studyRows());
        list.addAll(studyLearnerRows());
        return list;
    }

    /** The endpoints that give the API what the browser does (issue 21). */
    private List<Row> parityRows() {
        var list = new ArrayList<Row>();
        String deadline = "\"" + OfficeDate.today().plusDays(9) + "\"";
        // the administrator's: accounts, delegations, registers, structure, address book, exchange peers
        String user = "/api/v1/users/" + f.commissionUser;
        list.add(write("PUT", "/api/v1/users/{id}", adminOnly(user, "{\"fullName\":\"Quàng Văn Hùng\"}")));
        list.add(write("PUT", "/api/v1/users/{id}/password", adminOnly(user + "/password",
                "{\"password\":\"Matkhau-moi-2026\"}")));
        list.add(write("POST", "/api/v1/users/{id}/unlock", adminOnly(user + "/unlock", null)));
        list.add(write("POST", "/api/v1/users/{id}/second-factor/reset", adminOnly(user + "/second-factor/reset",
                null)));
        list.add(read("/api/v1/delegations", only(this::admin)));
        list.add(write("POST", "/api/v1/delegations", adminOnly("/api/v1/delegations", "{\"delegatorId\":"
                + f.commissionUser + ",\"deputyId\":" + people.get("chuyenvien2").id() + ",\"from\":\""
                + OfficeDate.today() + "\",\"until\":" + deadline + "}")));
        list.add(write("DELETE", "/api/v1/delegations/{id}", adminOnly("/api/v1/delegations/0", null)));
        list.add(read("/api/v1/registers", only(this::admin)));
        list.add(read("/api/v1/registers/{id}", on("incoming register", "/api/v1/registers/" + f.incomingRegister,
                null, (p, x) -> admin(p))));
        list.add(write("POST", "/api/v1/registers", adminOnly("/api/v1/registers", "{\"name\":\"Sổ thử\"}")));
        list.add(write("PUT", "/api/v1/registers/{id}", adminOnly("/api/v1/registers/" + f.incomingRegister,
                "{\"name\":\"Sổ thử\"}")));
        String agency = "/api/v1/agencies/" + f.commission;
        list.add(read("/api/v1/agencies/{id}/administration", on("own", agency + "/administration", null,
                (p, x) -> admin(p))));
        list.add(read("/api/v1/agencies/{id}/terms", on("own", agency + "/terms", null, (p, x) -> admin(p))));
        list.add(write("PUT", "/api/v1/agencies/{id}", adminOnly(agency, "{\"name\":\"Ban thử\"}")));
        list.add(write("POST", "/api/v1/agencies/{id}/terms", adminOnly(agency + "/terms", "{\"name\":\"Nhiệm kỳ\"}")));
        list.add(write("PUT", "/api/v1/agencies/{id}/terms/{termId}", adminOnly(agency + "/terms/0",
                "{\"name\":\"Nhiệm kỳ\"}")));
        list.add(write("POST", "/api/v1/agencies/{id}/units", adminOnly(agency + "/units", "{\"name\":\"Phòng thử\"}")));
        list.add(write("PUT", "/api/v1/agencies/{id}/units/{unitId}", adminOnly(agency + "/units/" + f.culture,
                "{\"name\":\"Phòng thử\"}")));
        list.add(read("/api/v1/address-book/export", only(this::admin)));
        list.add(read("/api/v1/address-book/template", only(this::admin)));
        list.add(write("POST", "/api/v1/address-book/import", adminOnly("/api/v1/address-book/import", null)));
        list.add(read("/api/v1/exchange/peers", only(this::admin)));
        list.add(read("/api/v1/exchange/peers/{id}", on("a peer", "/api/v1/exchange/peers/" + f.peer, null,
                (p, x) -> admin(p))));
        list.add(read("/api/v1/exchange/node", only(this::admin)));
        list.add(write("POST", "/api/v1/exchange/peers", adminOnly("/api/v1/exchange/peers", "{\"name\":\"thử\"}")));
        list.add(write("PUT", "/api/v1/exchange/peers/{id}", adminOnly("/api/v1/exchange/peers/" + f.peer,
                "{\"name\":\"thử\"}")));
        // oneself's: certificate, files, notification settings
        list.add(read("/api/v1/me/certificate", selfMaybeAbsent("/api/v1/me/certificate")));
        list.add(read("/api/v1/me/certificate/image", selfMaybeAbsent("/api/v1/me/certificate/image")));
        list.add(write("POST", "/api/v1/me/certificate", on("own", "/api/v1/me/certificate", null, (p, x) -> true)));
        list.add(write("DELETE", "/api/v1/me/certificate", on("own", "/api/v1/me/certificate", null,
                (p, x) -> true)));
        list.add(read("/api/v1/me/calendar-feed", selfMaybeAbsent("/api/v1/me/calendar-feed")));
        list.add(write("POST", "/api/v1/me/calendar-feed", on("own", "/api/v1/me/calendar-feed", null, (p, x) -> true)));
        list.add(write("DELETE", "/api/v1/me/calendar-feed", on("own", "/api/v1/me/calendar-feed", null,
                (p, x) -> true)));
        list.add(read("/api/v1/me/files", any()));
        list.add(read("/api/v1/me/notification-preferences", any()));
        list.add(write("PUT", "/api/v1/me/notification-preferences", on("own", "/api/v1/me/notification-preferences",
                "{}", (p, x) -> true)));
        // a document's files, signatures, draft, recipients, number
        list.add(read("/api/v1/documents/{id}/files/{position}", documentVariants("/api/v1/documents/%d/files/0",
                null, this::views).stream().map(Variant::maybeAbsent).toList()));
        list.add(read("/api/v1/documents/{id}/signatures", documentVariants("/api/v1/documents/%d/signatures", null,
                this::views)));
        list.add(write("POST", "/api/v1/documents/{id}/signatures", documentVariants(
                "/api/v1/documents/%d/signatures", null, this::views)));
        list.add(read("/api/v1/documents/incoming/duplicates", on("a notation", "/api/v1/documents/incoming/"
                + "duplicates?issuerName=T%E1%BB%89nh%20%E1%BB%A7y&notation=7-BC&documentDate="
                + OfficeDate.today().minusDays(1), null, (p, x) -> true)));
        String draft = "/api/v1/documents/" + f.draft.id();
        list.add(read("/api/v1/documents/{id}/versions", on("a draft", draft + "/versions", null,
                (p, x) -> views(p, x.draft))));
        list.add(read("/api/v1/documents/{id}/versions/{versionNo}/content", on("a draft", draft
                + "/versions/1/content", null, (p, x) -> views(p, x.draft)).maybeAbsent()));
        list.add(read("/api/v1/documents/{id}/circuit", on("a draft", draft + "/circuit", null,
                (p, x) -> views(p, x.draft))));
        list.add(read("/api/v1/documents/{id}/recipients", on("a draft", draft + "/recipients", null,
                (p, x) -> views(p, x.draft))));
        list.add(read("/api/v1/documents/{id}/next-number", on("a draft", draft + "/next-number?registerId="
                + f.outgoingRegister, null, (p, x) -> views(p, x.draft)).maybeAbsent()));
        list.add(write("POST", "/api/v1/documents/{id}/recipients/{recipientId}/sent-outside", onDraft(draft
                + "/recipients/0/sent-outside", null, (p, x) -> p.is(Role.CLERK) && views(p, x.draft))));
        // case files
        String caseFile = "/api/v1/case-files/" + f.caseFile;
        var file = new Guarded("case file", f.caseFile, f.commission, people.get("truongphong").unitId(), Secrecy.NONE,
                Set.of(people.get("truongphong").id()), Set.of());
        list.add(write("DELETE", "/api/v1/case-files/{id}/documents/{documentId}", on("a unit's", caseFile
                + "/documents/" + f.docOwn.id(), null, (p, x) -> edits(p, file)).seenBy((p, x) -> views(p, file))));
        list.add(write("POST", "/api/v1/case-files/{id}/reopen", on("a unit's", caseFile + "/reopen",
                "{\"reason\":\"thử\"}", (p, x) -> edits(p, file)).seenBy((p, x) -> views(p, file))));
        // exchange: the agency's clerks
        BiPredicate<Person, Fixtures> clerkOfInbox = (p, x) -> clerkOf(p, x.inboxAgency);
        String inbox = "/api/v1/exchange/inbox/" + f.inboxEntry;
        list.add(read("/api/v1/exchange/inbox/{id}/files/{position}", on("received", inbox + "/files/0", null,
                clerkOfInbox).maybeAbsent()));
        list.add(write("POST", "/api/v1/exchange/inbox/{id}/apply", onReceived(inbox + "/apply", null,
                clerkOfInbox)));
        list.add(write("POST", "/api/v1/exchange/deliveries/{id}/retry", on("none", "/api/v1/exchange/deliveries/0"
                + "/retry", null, (p, x) -> p.is(Role.CLERK))));
        list.add(write("POST", "/api/v1/exchange/documents/{documentId}/corrections", documentVariants(
                "/api/v1/exchange/documents/%d/corrections", "{\"kind\":\"UPDATE\",\"reason\":\"thử\"}",
                (p, g) -> p.is(Role.CLERK) && views(p, g))));
        // meetings: the calendar for everyone, its entries for leaders and clerks; a meeting's records for those in it
        list.add(read("/api/v1/meetings/calendar", any()));
        list.add(read("/api/v1/meetings/calendar.pdf", any()));
        list.add(read("/api/v1/meetings/stats", only(p -> p.is(Role.LEADER) || p.is(Role.UNIT_HEAD)
                || p.is(Role.CLERK))));
        list.add(write("POST", "/api/v1/meetings/calendar/entries", on("new", "/api/v1/meetings/calendar/entries",
                "{\"start\":\"" + OfficeDate.today().plusDays(3) + "T08:00:00\",\"end\":\"" + OfficeDate.today()
                        .plusDays(3) + "T09:00:00\",\"title\":\"Làm việc với xã\"}",
                (p, x) -> p.is(Role.LEADER) || p.is(Role.CLERK))));
        list.add(write("POST", "/api/v1/meetings/calendar/publish", on("this week", "/api/v1/meetings/calendar/"
                + "publish?week=" + OfficeDate.today(), null, (p, x) -> p.is(Role.LEADER) || p.is(Role.CLERK))));
        String meeting = "/api/v1/meetings/" + f.meeting;
        list.add(read("/api/v1/meetings/{id}/points", on("a demo meeting", meeting + "/points", null,
                (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/invitations", onMeeting(meeting + "/invitations",
                "{\"userIds\":[]}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/points", onMeeting(meeting + "/points",
                "{\"main\":false,\"name\":\"Điểm cầu thử\",\"expected\":5}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/points/{pointId}/check", onMeeting(meeting + "/points/0/check",
                "{\"status\":\"PASSED\"}", (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/points/{pointId}/attendance", onMeeting(meeting
                + "/points/0/attendance", "{\"actual\":3}", (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/materials", onMeeting(meeting + "/materials", null,
                (p, x) -> seesMeeting(p))));
        list.add(write("PUT", "/api/v1/meetings/{id}/minutes", onMeeting(meeting + "/minutes",
                "{\"minutes\":\"Biên bản\"}", (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/reports", onMeeting(meeting + "/reports",
                "{\"results\":\"Kết quả\"}", (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/occurrences/cancel", onMeeting(meeting
                + "/occurrences/cancel?originalStart=" + OfficeDate.today().plusDays(7) + "T01:00:00Z", null,
                (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/occurrences/move", onMeeting(meeting + "/occurrences/move",
                "{\"originalStart\":\"" + OfficeDate.today().plusDays(7) + "T01:00:00Z\",\"start\":\""
                        + OfficeDate.today().plusDays(8) + "T01:00:00Z\",\"end\":\"" + OfficeDate.today()
                        .plusDays(8) + "T02:00:00Z\"}", (p, x) -> organisesMeeting(p))));
        // the dashboard's workbook
        list.add(read("/api/v1/dashboard/export.xlsx", only(this::leadsWork)));
        return list;
    }

    private Variant adminOnly(String uri, String json) {
        return on("", uri, json, (p, x) -> admin(p));
    }

    private List<Variant> selfMaybeAbsent(String uri) {
        return List.of(on("own", uri, null, (p, x) -> true).maybeAbsent());
    }

    private Variant onMeeting(String uri, String json, BiPredicate<Person, Fixtures> allowed) {
        return on("a demo meeting", uri, json, allowed).seenBy((p, x) -> seesMeeting(p));
    }

    /** The dashboard: leaders for the whole agency, unit heads for their units. */
    boolean leadsWork(Person p) {
        return p.is(Role.LEADER) || p.is(Role.UNIT_HEAD);
    }

    private List<Row> moreRows() {
        var list = new ArrayList<Row>();
        String deadline = "\"" + OfficeDate.today().plusDays(9) + "\"";
        // tasks: acting on one needs the EDIT rule; creating one, a leader or a unit head of the agency
        list.add(write("POST", "/api/v1/tasks", on("new", "/api/v1/tasks", "{\"title\":\"Việc thử\",\"leadUnitId\":"
                + f.propaganda + ",\"deadline\":" + deadline + "}", (p, x) -> x.commission.equals(p.agencyId())
                && (p.is(Role.LEADER) || p.is(Role.UNIT_HEAD) || p.is(Role.CLERK)))
                .seenBy((p, x) -> p.is(Role.LEADER) || p.is(Role.UNIT_HEAD) || p.is(Role.CLERK))));
        list.add(write("POST", "/api/v1/tasks/{id}/subtasks", taskVariants("/api/v1/tasks/%d/subtasks",
                "{\"title\":\"Việc con\",\"leadUserId\":" + f.commissionUser + ",\"deadline\":" + deadline + "}",
                this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/progress", taskVariants("/api/v1/tasks/%d/progress",
                "{\"percent\":10,\"note\":\"thử\"}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/extensions", taskVariants("/api/v1/tasks/%d/extensions",
                "{\"deadline\":" + deadline + ",\"reason\":\"thử\"}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/extensions/{extensionId}/decision", taskVariants(
                "/api/v1/tasks/%d/extensions/1/decision", "{\"approve\":true}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/complete", taskVariants("/api/v1/tasks/%d/complete",
                "{\"result\":\"Xong\"}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/accept", taskVariants("/api/v1/tasks/%d/accept",
                "{\"meetsQuality\":true}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/cancel", taskVariants("/api/v1/tasks/%d/cancel",
                "{\"reason\":\"thử\"}", this::edits)));
        list.add(write("POST", "/api/v1/tasks/{id}/return", taskVariants("/api/v1/tasks/%d/return",
                "{\"reason\":\"thử\"}", this::edits)));
        list.add(read("/api/v1/tasks/{id}/files/{fileId}", taskVariants("/api/v1/tasks/%d/files/"
                + f.fileOfOfficer, null, (p, g) -> false)));
        // outgoing documents: the drafter's draft
        list.add(read("/api/v1/documents/outgoing", any()));
        list.add(write("POST", "/api/v1/documents/outgoing", on("new", "/api/v1/documents/outgoing", null,
                (p, x) -> true)));
        BiPredicate<Person, Fixtures> onDraft = (p, x) -> edits(p, x.draft);
        BiPredicate<Person, Fixtures> seesDraft = (p, x) -> views(p, x.draft);
        list.add(write("POST", "/api/v1/documents/{id}/versions", onDraft("/api/v1/documents/" + f.draft.id()
                + "/versions", null, onDraft)));
        list.add(write("POST", "/api/v1/documents/{id}/circuit", onDraft("/api/v1/documents/" + f.draft.id()
                + "/circuit", "{\"steps\":[{\"order\":1,\"kind\":\"APPROVAL\",\"reviewerId\":"
                + people.get("lanhdao").id() + "}]}", onDraft)));
        list.add(write("PUT", "/api/v1/documents/{id}/signing-authority", onDraft("/api/v1/documents/"
                + f.draft.id() + "/signing-authority", "{\"signingAuthority\":\"KT\"}", onDraft)));
        list.add(write("POST", "/api/v1/documents/{id}/review", onDraft("/api/v1/documents/" + f.draft.id()
                + "/review", "{\"approve\":true}", onDraft)));
        list.add(write("POST", "/api/v1/documents/{id}/sign", onDraft("/api/v1/documents/" + f.draft.id()
                + "/sign", "{\"password\":\"demo123\"}", (p, x) -> edits(p, x.draft) || p.is(Role.LEADER)
                && x.commission.equals(p.agencyId()))));
        list.add(write("POST", "/api/v1/documents/{id}/release", onDraft("/api/v1/documents/" + f.draft.id()
                + "/release", "{\"registerId\":1}", (p, x) -> p.is(Role.CLERK) && views(p, x.draft))));
        list.add(write("POST", "/api/v1/documents/{id}/recall", onDraft("/api/v1/documents/" + f.draft.id()
                + "/recall", "{\"reason\":\"thử\"}", (p, x) -> p.is(Role.CLERK) && views(p, x.draft))));
        list.add(read("/api/v1/registers/{id}/export", on("incoming register", "/api/v1/registers/"
                + f.incomingRegister + "/export?format=XLSX", null, (p, x) -> x.commission.equals(p.agencyId())
                && (p.is(Role.CLERK) || p.is(Role.LEADER)))));
        // exchange: the agency's clerk handles its queue; a document's deliveries follow the document
        BiPredicate<Person, Fixtures> clerkOfInbox = (p, x) -> clerkOf(p, x.inboxAgency);
        String inbox = "/api/v1/exchange/inbox/" + f.inboxEntry;
        list.add(read("/api/v1/exchange/inbox", only(p -> p.is(Role.CLERK))));
        list.add(read("/api/v1/exchange/inbox/{id}", onReceived(inbox, null, clerkOfInbox)));
        String registration = """
                {"registerId": %d, "notation": "12-CV/ĐU", "documentDate": "%s", "typeCode": "CV",
                 "summary": "Tiếp nhận thử", "issuerName": "Đảng ủy phường", "urgency": "NORMAL", "secrecy": "NONE",
                 "pageCount": 1, "copies": 1}""".formatted(f.incomingRegister, OfficeDate.today().minusDays(1));
        list.add(write("POST", "/api/v1/exchange/inbox/{id}/accept", onReceived(inbox + "/accept", registration,
                clerkOfInbox)));
        list.add(write("POST", "/api/v1/exchange/inbox/{id}/refuse", onReceived(inbox + "/refuse",
                "{\"reason\":\"thử\"}", clerkOfInbox)));
        list.add(write("POST", "/api/v1/exchange/inbox/{id}/recall/agree", onReceived(inbox + "/recall/agree",
                null, clerkOfInbox)));
        list.add(write("POST", "/api/v1/exchange/inbox/{id}/recall/refuse", onReceived(inbox
                + "/recall/refuse", "{\"reason\":\"thử\"}", clerkOfInbox)));
        list.add(read("/api/v1/exchange/documents/{documentId}/deliveries", documentVariants(
                "/api/v1/exchange/documents/%d/deliveries", null, this::views)));
        list.add(read("/api/v1/exchange/documents/{documentId}/links", documentVariants(
                "/api/v1/exchange/documents/%d/links", null, this::views)));
        list.add(read("/api/v1/exchange/deliveries/unfinished", only(p -> p.is(Role.CLERK))));
        // meetings
        String meeting = "/api/v1/meetings/" + f.meeting;
        String newMeeting = "{\"title\":\"Họp thử\",\"chairId\":" + people.get("lanhdao").id()
                + ",\"startsAt\":\"" + OfficeDate.today().plusDays(20) + "T01:00:00Z\",\"endsAt\":\""
                + OfficeDate.today().plusDays(20) + "T02:00:00Z\"}";
        list.add(write("POST", "/api/v1/meetings", on("new", "/api/v1/meetings", newMeeting,
                (p, x) -> p.is(Role.LEADER) || p.is(Role.UNIT_HEAD) || p.is(Role.CLERK))));
        list.add(write("PUT", "/api/v1/meetings/{id}", on("a demo meeting", meeting + "?version=0", newMeeting,
                (p, x) -> organisesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/answers", on("a demo meeting", meeting + "/answers",
                "{\"participantId\":1,\"answer\":\"ATTEND\"}", (p, x) -> seesMeeting(p))));
        list.add(write("POST", "/api/v1/meetings/{id}/check-in", on("a demo meeting", meeting + "/check-in", null,
                (p, x) -> seesMeeting(p))));
        list.add(read("/api/v1/meetings/{id}/materials/{materialId}", on("a demo meeting", meeting
                + "/materials/" + f.material, null, (p, x) -> x.material != 0 && seesMeeting(p))));
        list.add(write("POST", "/api/v1/meeting-rooms", on("new", "/api/v1/meeting-rooms",
                "{\"name\":\"Phòng thử " + tag() + "\",\"capacity\":10}", (p, x) -> admin(p))));
        // monitoring
        String monitored = "/api/v1/monitoring/documents/" + f.monitored;
        list.add(write("POST", "/api/v1/monitoring/documents", on("new", "/api/v1/monitoring/documents",
                "{\"kind\":\"RESOLUTION\",\"title\":\"Nghị quyết thử\",\"notation\":\"9-NQ/TU\",\"issuedOn\":\""
                        + OfficeDate.today().minusDays(3) + "\",\"issuer\":\"Tỉnh ủy\",\"responsibleUnitId\":"
                        + f.monitoredUnit + ",\"frequency\":\"QUARTERLY\",\"reportingFrom\":\"" + OfficeDate.today().withDayOfMonth(1)
                        + "\",\"reportingUntil\":\"" + OfficeDate.today().plusYears(1) + "\"}",
                // the responsible unit named is the commission's: to another agency's people it is "not of your agency"
                (p, x) -> managesMonitored(p)).seenBy((p, x) -> !x.commission.equals(p.agencyId()))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/items", on("a demo resolution", monitored
                + "/items", "{\"title\":\"Việc thử\",\"leadUnitId\":" + f.propaganda + ",\"deadline\":" + deadline
                + "}", (p, x) -> managesMonitored(p))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/periods/{start}/reports/{unitId}", on(
                "a demo resolution", monitored + "/periods/" + f.period + "/reports/" + f.propaganda,
                "{\"done\":\"Đã làm\"}", (p, x) -> x.commission.equals(p.agencyId())
                        && (p.is(Role.UNIT_HEAD) || p.is(Role.OFFICER)) && belongs(p, x.propaganda))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/supervisions", on("a demo resolution", monitored
                + "/supervisions", "{\"kind\":\"INSPECTION\",\"title\":\"Kiểm tra thử\",\"startDate\":" + deadline
                + ",\"endDate\":" + deadline + ",\"unitIds\":[" + f.culture + "],\"memberIds\":["
                + people.get("lanhdao").id() + "]}", (p, x) -> managesMonitored(p))));
        list.add(write("POST", "/api/v1/monitoring/supervisions/{planId}/findings", on("a demo plan",
                "/api/v1/monitoring/supervisions/" + f.supervision + "/findings", "{\"findings\":\"thử\"}",
                (p, x) -> managesMonitored(p))));
        list.add(write("POST", "/api/v1/monitoring/supervisions/{planId}/recommendations", on("a demo plan",
                "/api/v1/monitoring/supervisions/" + f.supervision + "/recommendations", "{\"unitId\":" + f.culture
                + ",\"content\":\"Khắc phục\",\"deadline\":" + deadline + "}", (p, x) -> managesMonitored(p))));
        // monitoring committees: the demo resolution has no committee reporting, so no report, reminder or
        // programme on it is anyone's to send
        list.add(write("PUT", "/api/v1/monitoring/documents/{id}/committees", on("a demo resolution", monitored
                + "/committees", "{\"committeeIds\":[" + f.commune + "]}", (p, x) -> managesMonitored(p))));
        list.add(write("PUT", "/api/v1/monitoring/documents/{id}/template", on("a demo resolution", monitored
                + "/template", "{\"outline\":\"1. Kết quả\"}", (p, x) -> managesMonitored(p))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/committees/{committeeId}/periods/{start}/report",
                on("a demo resolution", monitored + "/committees/" + f.commune + "/periods/" + f.period + "/report",
                        "{\"done\":\"Đã làm\"}", (p, x) -> false)));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/committees/{committeeId}/reminders", on(
                "a demo resolution", monitored + "/committees/" + f.commune + "/reminders", null, (p, x) -> false)));
        list.add(write("POST", "/api/v1/monitoring/programmes", on("new", "/api/v1/monitoring/programmes",
                "{\"title\":\"Nghị quyết thử\",\"kind\":\"RESOLUTION\",\"committeeIds\":[" + f.commune
                        + "],\"dueOn\":\"" + OfficeDate.today().plusDays(30) + "\"}",
                (p, x) -> x.commission.equals(p.agencyId()) && (p.is(Role.LEADER)
                        || ((p.is(Role.UNIT_HEAD) || p.is(Role.OFFICER)) && p.unitId() != null)))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/programmes", on("a demo resolution", monitored
                + "/programmes", "{\"committeeIds\":[" + f.commune + "],\"dueOn\":\""
                + OfficeDate.today().plusDays(30) + "\"}", (p, x) -> managesMonitored(p))));
        list.add(write("POST", "/api/v1/monitoring/documents/{id}/programmes/{committeeId}", on("a demo resolution",
                monitored + "/programmes/" + f.commune, "{\"title\":\"Chương trình thử\",\"items\":[{\"content\":"
                        + "\"Quán triệt\",\"deadline\":\"" + OfficeDate.today().plusDays(30) + "\"}]}",
                (p, x) -> false)));
        // people: the records and job positions of an agency's personnel office
        String cadreBody = "{\"unitId\":" + f.propaganda + ",\"fullName\":\"Lò Văn Thử\",\"birthDate\":\"1990-01-02\","
                + "\"gender\":\"MALE\",\"ethnicity\":\"THAI\"}";
        list.add(write("POST", "/api/v1/people", on("new", "/api/v1/people", cadreBody,
                // the unit named is the commission's: to another agency's personnel office it is "not of your agency"
                (p, x) -> personnelOffice(p, x.commission)).seenBy((p, x) -> personnelOffice(p, p.agencyId()))));
        list.add(write("PUT", "/api/v1/people/{id}", on("a cadre without account", "/api/v1/people/"
                + f.cadreUnlinked.id(), cadreBody, (p, x) -> personnelOffice(p, x.commission))
                .seenBy((p, x) -> seesCadre(p, x.cadreUnlinked))));
        list.add(write("POST", "/api/v1/people/{id}/history", on("a cadre without account", "/api/v1/people/"
                + f.cadreUnlinked.id() + "/history", "{\"title\":\"Chuyên viên\",\"validFrom\":\"2031-01-01\","
                + "\"decisionKind\":\"TRANSFER\",\"decisionNumber\":\"1-QĐ/TU\",\"decisionDate\":\"2030-12-01\"}",
                (p, x) -> personnelOffice(p, x.commission)).seenBy((p, x) -> seesCadre(p, x.cadreUnlinked))));
        String positionBody = "{\"unitId\":" + f.propaganda + ",\"name\":\"Vị trí thử\",\"kind\":\"SUPPORT\","
                + "\"headcount\":1}";
        list.add(write("POST", "/api/v1/positions", on("new", "/api/v1/positions", positionBody,
                (p, x) -> personnelOffice(p, x.commission)).seenBy((p, x) -> personnelOffice(p, p.agencyId()))));
        list.add(write("PUT", "/api/v1/positions/{id}", on("a demo position", "/api/v1/positions/" + f.position,
                positionBody, (p, x) -> personnelOffice(p, x.commission))
                .seenBy((p, x) -> browsesPeople(p, x.commission))));
        list.add(write("POST", "/api/v1/positions/{id}/assignments", on("a demo position", "/api/v1/positions/"
                + f.position + "/assignments", "{\"cadreId\":" + f.cadreUnlinked.id() + ",\"main\":false,"
                + "\"validFrom\":\"" + OfficeDate.today() + "\"}", (p, x) -> personnelOffice(p, x.commission))
                .seenBy((p, x) -> browsesPeople(p, x.commission))));
        // people: statistics for the office and leaders; exports, template and import for the office alone (ADR 0027)
        list.add(read("/api/v1/people/statistics", only(p -> browsesPeople(p, p.agencyId()))));
        for (String file : List.of("statistics.xlsx", "statistics.pdf", "export.xlsx", "export.pdf")) {
            list.add(read("/api/v1/people/" + file, only(p -> personnelOffice(p, p.agencyId()))));
        }
        list.add(read("/api/v1/people/import/template.xlsx", only(p -> personnelOffice(p, p.agencyId()))));
        list.add(write("POST", "/api/v1/people/import", on("a list", "/api/v1/people/import", null,
                (p, x) -> personnelOffice(p, p.agencyId()))));
        return list;
    }

    private List<Variant> documentVariants(String uri, String body, BiPredicate<Person, Guarded> rule) {
        return List.of(f.docOwn, f.docOther, f.docSecret, f.docCommune).stream()
                .map(g -> on("document " + g.name(), uri.formatted(g.id()), body, (p, x) -> rule.test(p, g))
                        .seenBy((p, x) -> views(p, g))).toList();
    }

    private List<Variant> taskVariants(String uri, String body, BiPredicate<Person, Guarded> rule) {
        return List.of(f.taskOwn, f.taskOther, f.taskSecret).stream()
                .map(g -> on(g.name(), uri.formatted(g.id()), body, (p, x) -> rule.test(p, g))
                        .seenBy((p, x) -> views(p, g))).toList();
    }

    private Variant onReceived(String uri, String json, BiPredicate<Person, Fixtures> allowed) {
        return on("received", uri, json, allowed).seenBy((p, x) -> clerkOf(p, x.inboxAgency));
    }

    private Variant onDraft(String uri, String json, BiPredicate<Person, Fixtures> allowed) {
        return on("a draft", uri, json, allowed).seenBy((p, x) -> views(p, x.draft));
    }

    private Variant on(String record, String uri, String json, BiPredicate<Person, Fixtures> allowed) {
        return new Variant(record, uri, method -> {
            var builder = request(org.springframework.http.HttpMethod.valueOf(method), uri);
            if (json != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            return builder;
        }, allowed, (p, x) -> false, false);
    }

    private List<Variant> any() {
        return null;
    }

    private List<Variant> only(java.util.function.Predicate<Person> rule) {
        return List.of(new Variant("", null, null, (p, x) -> rule.test(p), (p, x) -> false, false));
    }

    private Row read(String uri, List<Variant> variants) {
        String pattern = uri.replaceAll("\\?.*", "");
        if (variants == null || variants.get(0).uri() == null) {
            var rule = variants == null ? (BiPredicate<Person, Fixtures>) (p, x) -> true : variants.get(0).allowed();
            return new Row("GET", pattern, false, List.of(on("", uri, null, rule)));
        }
        return new Row("GET", pattern, false, variants);
    }

    private Row read(String pattern, Variant... variants) {
        return new Row("GET", pattern, false, List.of(variants));
    }

    private Row write(String method, String pattern, List<Variant> variants) {
        return new Row(method, pattern, true, variants);
    }

    private Row write(String method, String pattern, Variant... variants) {
        return new Row(method, pattern, true, List.of(variants));
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void everyApiEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + pattern))));
        Set<String> covered = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        var missing = new TreeSet<>(mapped);
        missing.removeAll(covered);
        var stale = new TreeSet<>(covered);
        stale.removeAll(mapped);
        assertThat(missing).as("endpoints without a row in the matrix").isEmpty();
        assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyPersonGetsWhatTheRulesGiveAndNothingElse() throws Exception {
        var wrong = new ArrayList<String>();
        int cases = 0;
        for (Row row : rows) {
            for (Variant variant : row.variants()) {
                for (Person person : people.values()) {
                    boolean allowed = variant.allowed().test(person, f);
                    if (row.write() && allowed) {
                        continue; // exercised by the module's own API tests: here only refusals, which change nothing
                    }
                    cases++;
                    long before = successfulAuditLines();
                    AbstractMockHttpServletRequestBuilder<?> builder = row.write() && UPLOADS.contains(row.pattern())
                            ? upload(row.pattern(), variant.uri()) : variant.build().apply(row.method());
                    var response = mvc.perform(builder.with(user(person.principal())).with(csrf())).andReturn()
                            .getResponse();
                    int status = response.getStatus();
                    // one who may not even know the record gets "forbidden" or "not found"; one who sees it may be
                    // refused for its state or their turn (a 4xx saying why), which tells them nothing new
                    boolean refused = status == 403 || status == 404 || (row.write() && status >= 400 && status < 500
                            && status != 401 && variant.sees().test(person, f));
                    String body = response.getContentAsString(StandardCharsets.UTF_8);
                    String where = "%s %s [%s] as %s: %d %s".formatted(row.method(), variant.uri(), variant.record(),
                            person.login(), status, body.substring(0, Math.min(body.length(), 160)));
                    if (allowed && (status < 200 || status > 299) && !(variant.absentAllowed() && status == 404)) {
                        wrong.add(where + " — the rules allow it");
                    } else if (!allowed && !refused) {
                        wrong.add(where + " — the rules refuse it");
                    } else if (!allowed && successfulAuditLines() != before) {
                        wrong.add(where + " — refused, yet a change was audited");
                    }
                }
            }
        }
        System.out.printf("Authorisation matrix: %d endpoints × %d people, %d cases%n", rows.size(), people.size(),
                cases);
        assertThat(wrong).as("cases answered against the rules").isEmpty();
    }

    @Test
    void listsCarryNoTraceOfWhatTheReaderMayNotView() throws Exception {
        var records = List.of(f.docOwn, f.docOther, f.docSecret, f.docCommune, f.taskOwn, f.taskOther, f.taskSecret);
        var wrong = new ArrayList<String>();
        for (String list : List.of("/api/v1/documents?box=ALL&size=200", "/api/v1/tasks?size=200",
                "/api/v1/notifications?size=200", "/api/v1/audit?size=500", "/api/v1/case-files",
                "/api/v1/dashboard", "/api/v1/dashboard/tasks?size=200")) {
            for (Person person : people.values()) {
                String body = mvc.perform(request(org.springframework.http.HttpMethod.GET, list)
                        .with(user(person.principal()))).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                for (Guarded g : records) {
                    String summary = summaryOf(g);
                    boolean may = list.startsWith("/api/v1/audit") ? admin(person) && person.cleared(g.secrecy())
                            : views(person, g);
                    if (!may && summary != null && body.contains(summary)) {
                        wrong.add("%s shows %s to %s".formatted(list, g.name(), person.login()));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String summaryOf(Guarded g) {
        if (g.name().startsWith("task of ")) {
            return jdbc.queryForObject("select title from task where id = ?", String.class, g.id());
        }
        return jdbc.queryForObject("select summary from document where id = ?", String.class, g.id());
    }

    /** Endpoints that take a multipart upload rather than JSON. */
    static final Set<String> UPLOADS = Set.of("/api/v1/files", "/api/v1/documents/incoming",
            "/api/v1/documents/outgoing", "/api/v1/documents/{id}/versions", "/api/v1/meetings/{id}/materials",
            "/api/v1/address-book/import", "/api/v1/people/import", "/api/v1/study/programmes/{id}/materials",
            "/api/v1/study/programmes/{id}/readings", "/api/v1/study/members/import");

    private AbstractMockHttpServletRequestBuilder<?> upload(String pattern, String uri) {
        var file = new MockMultipartFile("files", "ghi-chu.pdf", "application/pdf", TestFiles.pdf("Ghi chú"));
        switch (pattern) {
            case "/api/v1/files", "/api/v1/documents/{id}/versions", "/api/v1/meetings/{id}/materials",
                    "/api/v1/address-book/import", "/api/v1/people/import", "/api/v1/study/members/import" -> {
                return multipart(uri).file(new MockMultipartFile("file", "ghi-chu.pdf", "application/pdf",
                        TestFiles.pdf("Ghi chú")));
            }
            case "/api/v1/study/programmes/{id}/readings" -> {
                return multipart(uri).file(new MockMultipartFile("file", "nghi-quyet.pdf", "application/pdf",
                        TestFiles.pdf("Nghị quyết"))).param("title", "Nghị quyết ma trận");
            }
            case "/api/v1/study/programmes/{id}/materials" -> {
                return multipart(uri).file(new MockMultipartFile("file", "de-cuong.pdf", "application/pdf",
                        TestFiles.pdf("Đề cương"))).param("kind", "OUTLINE").param("audience", "PARTY_MEMBERS")
                        .param("title", "Đề cương ma trận");
            }
            case "/api/v1/documents/outgoing" -> {
                String draft = "{\"direction\":\"OUTGOING\",\"typeCode\":\"CV\",\"summary\":\"Về việc thử\","
                        + "\"urgency\":\"NORMAL\",\"secrecy\":\"NONE\"}";
                return multipart(uri).file(new MockMultipartFile("metadata", "", "application/json",
                        draft.getBytes(StandardCharsets.UTF_8)));
            }
            default -> {
            }
        }
        String metadata = """
                {"registerId": %d, "notation": "3-CV/%s", "documentDate": "%s", "typeCode": "CV",
                 "summary": "Ma trận quyền", "issuerName": "Tỉnh ủy Điện Biên", "urgency": "NORMAL",
                 "secrecy": "NONE", "pageCount": 1, "copies": 1}""".formatted(f.incomingRegister, tag(),
                OfficeDate.today().minusDays(1));
        return multipart("/api/v1/documents/incoming").file(file).file(new MockMultipartFile("metadata", "",
                "application/json", metadata.getBytes(StandardCharsets.UTF_8)));
    }

    private long successfulAuditLines() {
        return jdbc.queryForObject("select count(*) from audit_entry where outcome <> 'DENIED'", Long.class);
    }

    private Set<Long> ids(String sql, Object... args) {
        return new HashSet<>(jdbc.queryForList(sql, Long.class, args));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * Competency and training (ADR 0028): an assessment is seen like the person's record and by the head of his
     * unit, who alone reviews it; the gap report is the office's, the leaders' and a unit head's; courses are seen
     * like the record and kept by the personnel office, as are the training plans.
     */
    private List<Row> competencyRows() {
        var list = new ArrayList<Row>();
        int year = OfficeDate.today().getYear();
        Long pending = jdbc.queryForObject("select min(a.id) from competency_assessment a join cadre c on c.id = "
                + "a.cadre_id join app_user u on u.id = c.user_id where u.username = 'chuyenvien2' and a.status = "
                + "'SUBMITTED'", Long.class);
        var assessed = cadre(jdbc.queryForObject("select cadre_id from competency_assessment where id = ?", Long.class,
                pending));
        Long assessedUnit = people.get("chuyenvien2").unitId();
        BiPredicate<Person, Fixtures> headOfUnit = (p, x) -> p.is(Role.UNIT_HEAD) && assessedUnit.equals(p.unitId())
                && !assessed.users().contains(p.id());
        String assessment = "/api/v1/competency/assessments/" + pending;
        list.add(read("/api/v1/competency/assessments/mine", any()));
        list.add(write("POST", "/api/v1/competency/assessments", on("a year long gone",
                "/api/v1/competency/assessments", "{\"year\":" + (year - 5) + ",\"ratings\":[{\"level\":3}]}",
                (p, x) -> false).seenBy((p, x) -> true)));
        list.add(read("/api/v1/competency/assessments/{id}", on("a pending one", assessment, null,
                (p, x) -> seesCadre(p, assessed) || headOfUnit.test(p, x))));
        list.add(write("POST", "/api/v1/competency/assessments/{id}/review", on("a pending one", assessment
                + "/review", "{\"levels\":[],\"comment\":\"ma trận\"}", headOfUnit)
                .seenBy((p, x) -> seesCadre(p, assessed) || headOfUnit.test(p, x))));
        list.add(read("/api/v1/competency/reviews", any()));
        list.add(read("/api/v1/competency/gaps", only(p -> browsesPeople(p, p.agencyId())
                || (p.is(Role.UNIT_HEAD) && p.unitId() != null))));
        list.add(read("/api/v1/people/{id}/courses", List.of(f.cadreOfOfficer, f.cadreUnlinked, f.cadreCommune)
                .stream().map(c -> on(c.name(), "/api/v1/people/" + c.id() + "/courses", null,
                        (p, x) -> seesCadre(p, c))).toList()));
        list.add(write("POST", "/api/v1/people/{id}/courses", List.of(f.cadreOfOfficer, f.cadreUnlinked,
                f.cadreCommune).stream().map(c -> on(c.name(), "/api/v1/people/" + c.id() + "/courses", """
                {"kind":"IT","name":"Tin học","institution":"Trung tâm","from":"%d-01-05","to":"%d-01-06"}"""
                .formatted(year, year), (p, x) -> personnelOffice(p, c.agencyId())).seenBy((p, x) -> seesCadre(p, c)))
                .toList()));
        Long plan = jdbc.queryForObject("select min(id) from training_plan where agency_id = ? and status = "
                + "'APPROVED'", Long.class, f.commission);
        BiPredicate<Person, Fixtures> keeps = (p, x) -> personnelOffice(p, x.commission);
        BiPredicate<Person, Fixtures> browses = (p, x) -> browsesPeople(p, x.commission);
        String plans = "/api/v1/training/plans";
        list.add(read(plans, only(p -> browsesPeople(p, p.agencyId()))));
        list.add(write("POST", plans, on("a unit's", plans, "{\"unitId\":" + f.propaganda + ",\"year\":" + year
                + "}", keeps).seenBy((p, x) -> browsesPeople(p, p.agencyId()))));
        list.add(read(plans + "/{id}", on("an approved one", plans + "/" + plan, null, browses)));
        list.add(write("POST", plans + "/{id}/items", on("an approved one", plans + "/" + plan + "/items", """
                {"cadreId":%d,"kind":"IT","topic":"Tin học","deadline":"%d-06-01"}""".formatted(f.cadreUnlinked.id(),
                year), keeps).seenBy(browses)));
        list.add(write("DELETE", plans + "/{id}/items/{itemId}", on("an approved one", plans + "/" + plan
                + "/items/0", null, keeps).seenBy(browses)));
        list.add(write("POST", plans + "/{id}/approve", on("an approved one", plans + "/" + plan + "/approve", null,
                keeps).seenBy(browses)));
        list.add(write("POST", plans + "/{id}/items/{itemId}/done", on("an approved one", plans + "/" + plan
                + "/items/0/done", "{\"courseId\":0}", keeps).seenBy(browses)));
        return list;
    }

    /**
     * Evaluation (ADR 0030): a sheet is seen by the person, the head of his unit, the leaders and the personnel office;
     * the head (leaders for a unit head) proposes and records the meeting, a leader decides and publishes; a period's
     * results are the leaders', the office's and a unit head's (his unit). The demo's sheets: chuyenvien's waits for
     * the proposal, chuyenvien2's for the decision.
     */
    private List<Row> evaluationRows() {
        var list = new ArrayList<Row>();
        Long period = jdbc.queryForObject("select min(id) from evaluation_period where agency_id = ?", Long.class,
                f.commission);
        Long hung = people.get("chuyenvien").id();
        Long proposing = jdbc.queryForObject("select id from evaluation_sheet where period_id = ? and user_id = ?",
                Long.class, period, hung);
        Long deciding = jdbc.queryForObject("select id from evaluation_sheet where period_id = ? and user_id = ?",
                Long.class, period, people.get("chuyenvien2").id());
        Long unit = people.get("chuyenvien").unitId();
        BiPredicate<Person, Fixtures> head = (p, x) -> p.agencyId().equals(x.commission) && p.is(Role.UNIT_HEAD)
                && unit.equals(p.unitId());
        BiPredicate<Person, Fixtures> sees = (p, x) -> p.id().equals(hung) || head.test(p, x)
                || browsesPeople(p, x.commission);
        BiPredicate<Person, Fixtures> leads = (p, x) -> p.agencyId().equals(x.commission) && p.is(Role.LEADER);
        BiPredicate<Person, Fixtures> results = (p, x) -> browsesPeople(p, x.commission)
                || (p.agencyId().equals(x.commission) && p.is(Role.UNIT_HEAD) && p.unitId() != null);
        String base = "/api/v1/evaluation";
        String sheet = base + "/sheets/" + proposing;
        String today = "\"" + OfficeDate.today() + "\"";
        list.add(read(base + "/periods", any()));
        list.add(write("POST", base + "/periods", on("a year long gone", base + "/periods",
                "{\"rule\":\"STATE_335\",\"kind\":\"QUARTER\",\"year\":2020,\"number\":1}", (p, x) -> false)
                .seenBy((p, x) -> true)));
        list.add(read(base + "/periods/{id}/results", on("this quarter", base + "/periods/" + period + "/results",
                null, results)));
        list.add(read(base + "/periods/{id}/export", on("this quarter", base + "/periods/" + period
                + "/export?format=XLSX", null, results)));
        list.add(write("POST", base + "/periods/{id}/publish", on("this quarter", base + "/periods/" + period
                + "/publish", null, leads).seenBy((p, x) -> p.agencyId().equals(x.commission))));
        list.add(read(base + "/sheets/waiting", any()));
        list.add(read(base + "/people/{userId}/sheets", on("an officer's", base + "/people/" + hung + "/sheets", null,
                sees)));
        String years = base + "/people/" + hung + "/years/" + OfficeDate.today().getYear();
        list.add(read(base + "/people/{userId}/years/{year}", on("an officer's", years, null, sees)));
        list.add(read(base + "/people/{userId}/years/{year}/export", on("an officer's", years + "/export", null,
                sees)));
        list.add(read(base + "/sheets/{id}", on("waiting for a proposal", sheet, null, sees)));
        list.add(read(base + "/sheets/{id}/minutes", on("a meeting's minutes file", base + "/sheets/" + deciding
                + "/minutes", null, (p, x) -> browsesPeople(p, x.commission) || head.test(p, x)
                        || p.login().equals("chuyenvien2"))));
        list.add(read(base + "/sheets/{id}/tasks", on("waiting for a proposal", sheet + "/tasks", null, sees)));
        list.add(write("POST", base + "/sheets/{id}/self", on("waiting for a proposal", sheet + "/self",
                "{\"general\":20,\"rating\":\"GOOD\",\"comment\":\"ma trận\"}", (p, x) -> false).seenBy(sees)));
        list.add(write("POST", base + "/sheets/{id}/proposal", on("waiting for a proposal", sheet + "/proposal",
                "{\"general\":20,\"rating\":\"GOOD\"}", head).seenBy(sees)));
        list.add(write("POST", base + "/sheets/{id}/meeting", on("waiting for a proposal", sheet + "/meeting",
                "{\"date\":" + today + ",\"minutes\":\"ma trận\",\"present\":3,\"agree\":3,\"disagree\":0,"
                        + "\"rating\":\"GOOD\"}", (p, x) -> false).seenBy(sees)));
        list.add(write("POST", base + "/sheets/{id}/decision", on("waiting for a decision", base + "/sheets/"
                + deciding + "/decision", "{\"rating\":\"COMPLETED\",\"note\":\"ma trận\"}", leads)
                .seenBy((p, x) -> leads.test(p, x) || browsesPeople(p, x.commission) || head.test(p, x)
                        || p.login().equals("chuyenvien2"))));
        return list;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * Succession plans (ADR 0031, AccessControl.mayViewSuccession): the agency's leaders and personnel office read
     * them; the office keeps them; the leaders approve or send back; everyone else gets "not found". Tried on the
     * demo plan of the commission (writes only as refusals, which change nothing).
     */
    private List<Row> successionRows() {
        var list = new ArrayList<Row>();
        Long plan = jdbc.queryForObject("select min(id) from succession_plan where agency_id = ?", Long.class,
                f.commission);
        Long candidate = jdbc.queryForObject("select min(id) from succession_candidate where plan_id = ?", Long.class,
                plan);
        Long term = jdbc.queryForObject("select term_id from succession_plan where id = ?", Long.class, plan);
        String base = "/api/v1/succession/plans/" + plan;
        BiPredicate<Person, Fixtures> reads = (p, x) -> browsesPeople(p, x.commission);
        BiPredicate<Person, Fixtures> keeps = (p, x) -> personnelOffice(p, x.commission);
        list.add(read("/api/v1/succession/plans", only(p -> browsesPeople(p, p.agencyId()))));
        list.add(read("/api/v1/succession/settings", only(p -> browsesPeople(p, p.agencyId()))));
        list.add(read("/api/v1/succession/plans/{id}", on("the demo plan", base, null, reads)));
        list.add(read("/api/v1/succession/plans/{id}/export.xlsx", on("the demo plan", base + "/export.xlsx", null,
                reads)));
        list.add(read("/api/v1/succession/plans/{id}/export.pdf", on("the demo plan", base + "/export.pdf", null,
                reads)));
        list.add(write("POST", "/api/v1/succession/plans", on("its term again", "/api/v1/succession/plans",
                "{\"termId\":" + term + "}", (p, x) -> false).seenBy((p, x) -> personnelOffice(p, p.agencyId()))));
        list.add(write("POST", "/api/v1/succession/plans/{id}/candidates", on("the demo plan", base + "/candidates",
                "{\"postId\":0,\"cadreId\":0}", (p, x) -> false).seenBy(keeps)));
        list.add(write("POST", "/api/v1/succession/plans/{id}/candidates/{candidateId}/vote", on("the demo plan",
                base + "/candidates/" + candidate + "/vote", "{\"issued\":12,\"valid\":12,\"inFavour\":12}",
                keeps).seenBy(reads)));
        list.add(write("POST", "/api/v1/succession/plans/{id}/candidates/{candidateId}/remove", on("the demo plan",
                base + "/candidates/" + candidate + "/remove", "{\"reason\":\"ma trận\"}", keeps).seenBy(reads)));
        list.add(write("POST", "/api/v1/succession/plans/{id}/submit", on("the demo plan", base + "/submit", null,
                keeps).seenBy(reads)));
        list.add(write("POST", "/api/v1/succession/plans/{id}/review", on("the demo plan", base + "/review", null,
                (p, x) -> false).seenBy(reads)));
        for (String decision : List.of("approve", "return")) {
            String body = "approve".equals(decision) ? "{\"decisionNumber\":\"1-QĐ\",\"decisionDate\":\""
                    + OfficeDate.today() + "\"}" : "{\"reason\":\"ma trận\"}";
            // the demo plan is a draft: even a leader is told why not
            list.add(write("POST", "/api/v1/succession/plans/{id}/" + decision, on("the demo plan", base + "/"
                    + decision, body, (p, x) -> false).seenBy(reads)));
        }
        list.add(write("POST", "/api/v1/succession/posts", on("new", "/api/v1/succession/posts",
                "{\"name\":\"Chức danh ma trận " + tag() + "\",\"level\":\"UNIT_DEPUTY\"}",
                (p, x) -> personnelOffice(p, p.agencyId()))));
        list.add(write("PUT", "/api/v1/succession/standards", on("a level", "/api/v1/succession/standards",
                "{\"level\":\"HEAD\",\"maxAgeFirst\":55,\"requiredTheory\":\"ADVANCED\","
                + "\"requiredEducation\":\"UNIVERSITY\",\"stateManagement\":true}",
                (p, x) -> personnelOffice(p, p.agencyId()))));
        list.add(write("PUT", "/api/v1/succession/targets", on("the targets", "/api/v1/succession/targets",
                "{\"youngAge\":45,\"youngPercent\":15,\"femalePercent\":15,\"minorityPercent\":20}",
                (p, x) -> personnelOffice(p, p.agencyId()))));
        return list;
    }

    /**
     * Resolution study (ADR 0033, AccessControl's study block): the demo programme 05-NQ/TU is seen by the commission
     * and by the committees taking part (each its own row); the commission's leaders, heads and officers organise it;
     * a committee's clerk, leaders and heads set its own expected members. Writes only as refusals.
     */
    private List<Row> studyRows() {
        var list = new ArrayList<Row>();
        Long programme = jdbc.queryForObject("select id from study_programme where notation = '05-NQ/TU'",
                Long.class);
        Set<Long> committees = new HashSet<>(jdbc.queryForList(
                "select agency_id from study_committee where programme_id = ?", Long.class, programme));
        Long commission = jdbc.queryForObject("select agency_id from study_programme where id = ?", Long.class,
                programme);
        Long commune = people.get("vanthuxa").agencyId();
        Long committee = jdbc.queryForObject("select id from study_committee where programme_id = ? and agency_id = ?",
                Long.class, programme, commune);
        BiPredicate<Person, Fixtures> views = (p, x) -> p.agencyId().equals(commission)
                || committees.contains(p.agencyId());
        BiPredicate<Person, Fixtures> organises = (p, x) -> p.agencyId().equals(commission)
                && (p.is(Role.LEADER) || p.is(Role.UNIT_HEAD) || p.is(Role.OFFICER));
        String base = "/api/v1/study/programmes";
        String one = base + "/" + programme;
        String form = """
                {"title":"Học tập ma trận","kind":"RESOLUTION","notation":"99-NQ/TU","audiences":["PARTY_MEMBERS"],
                 "levels":["COMMUNE"],"studyFrom":"%s","studyUntil":"%s","committeeIds":[%d]}"""
                .formatted(OfficeDate.today(), OfficeDate.today().plusDays(9), commune);
        list.add(read(base, any()));
        list.add(read("/api/v1/study/figures", any()));
        list.add(write("POST", base, on("new", base, form, (p, x) -> p.is(Role.LEADER) || p.is(Role.UNIT_HEAD)
                || p.is(Role.OFFICER)).seenBy((p, x) -> true)));
        list.add(read(base + "/{id}", on("the demo programme", one, null, views)));
        list.add(read(base + "/{id}/committees", on("the demo programme", one + "/committees", null, views)));
        list.add(read(base + "/{id}/action-programmes", on("the demo programme", one + "/action-programmes", null,
                views)));
        list.add(read(base + "/{id}/figures", on("the demo programme", one + "/figures", null, views)));
        list.add(read(base + "/{id}/figures/export", on("the demo programme", one + "/figures/export", null, views)));
        list.add(read(base + "/{id}/report", on("the demo programme", one + "/report", null, views)));
        list.add(write("PUT", base + "/{id}", on("the demo programme", one, form, organises).seenBy(views)));
        list.add(write("POST", base + "/{id}/open", on("the demo programme", one + "/open", null, organises)
                .seenBy(views)));
        list.add(write("POST", base + "/{id}/close", on("the demo programme", one + "/close", null, organises)
                .seenBy(views)));
        list.add(write("PUT", base + "/{id}/committees/{committeeId}/expected", on("a commune's committee", one
                + "/committees/" + committee + "/expected", "{\"members\":40}", (p, x) -> organises.test(p, x)
                        || runsCommune(p, commune)).seenBy(views)));
        Long material = jdbc.queryForObject("select min(id) from study_material where programme_id = ?"
                + " and approved_at is not null", Long.class, programme);
        Long meeting = jdbc.queryForObject("select meeting_id from study_programme where id = ?", Long.class,
                programme);
        Long point = jdbc.queryForObject("select id from meeting_point where meeting_id = ? and agency_id = ?",
                Long.class, meeting, commune);
        Long chair = jdbc.queryForObject("select chair_id from meeting where id = ?", Long.class, meeting);
        list.add(read(base + "/{id}/materials", on("the demo programme", one + "/materials", null, views)));
        list.add(write("POST", base + "/{id}/materials", on("the demo programme", one + "/materials", null,
                organises).seenBy(views)));
        list.add(read(base + "/{id}/materials/{materialId}/file", on("an approved material", one + "/materials/"
                + material + "/file", null, views)));
        list.add(read(base + "/{id}/conference", on("the demo programme", one + "/conference", null, views)));
        Long reading = jdbc.queryForObject("select min(id) from study_reading where programme_id = ?", Long.class,
                programme);
        list.add(read(base + "/{id}/readings", on("the demo programme", one + "/readings", null, views)));
        list.add(write("POST", base + "/{id}/readings", on("the demo programme", one + "/readings", null,
                organises).seenBy(views)));
        list.add(read(base + "/{id}/readings/{readingId}/file", on("an uploaded reading", one + "/readings/"
                + reading + "/file", null, views)));
        String conference = "{\"day\":\"%s\",\"startTime\":\"08:00\",\"endTime\":\"11:00\"}"
                .formatted(OfficeDate.today().plusDays(5));
        list.add(write("POST", base + "/{id}/conference", on("the demo programme", one + "/conference",
                conference, (p, x) -> organises.test(p, x) && (p.is(Role.LEADER) || p.is(Role.UNIT_HEAD)))
                .seenBy(views)));
        // an empty checklist: even one the rules allow is told what is missing, so the demo point never changes
        list.add(write("PUT", base + "/{id}/conference/points/{pointId}/readiness", on("a commune's point",
                one + "/conference/points/" + point + "/readiness", "[]", (p, x) -> p.id().equals(chair)
                        || runsCommune(p, commune)).seenBy(views)));
        return list;
    }

    private static boolean runsCommune(Person p, Long commune) {
        return p.agencyId().equals(commune) && (p.is(Role.CLERK) || p.is(Role.LEADER) || p.is(Role.UNIT_HEAD));
    }

    /**
     * Study rosters and learners (AccessControl.mayViewPartyRoster, mayActForStudyCommittee): the commune keeps its
     * roster and its learners, the commission organising the programme reads them, everyone else gets "not found".
     * Tried on a programme of the commission with the commune as committee, written here with SQL.
     */
    private List<Row> studyLearnerRows() {
        Long by = people.get("vanthu").id();
        String title = "Học tập ma trận " + tag();
        var today = java.sql.Date.valueOf(OfficeDate.today());
        jdbc.update("insert into study_programme (agency_id, title, kind, notation, audiences, levels,"
                + " reflection_audiences, study_from, study_until, reflection_due, status, created_by, created_at)"
                + " values (?, ?, 'RESOLUTION', '09-NQ/TU', 'PARTY_MEMBERS', 'COMMUNE', 'PARTY_MEMBERS', ?, ?, ?,"
                + " 'OPEN', ?, current_timestamp)", f.commission, title, today, today, today, by);
        Long programme = jdbc.queryForObject("select id from study_programme where title = ?", Long.class, title);
        jdbc.update("insert into study_committee (programme_id, agency_id, name) values (?, ?, 'Đảng ủy xã')",
                programme, f.commune);
        Long committee = jdbc.queryForObject("select id from study_committee where programme_id = ?", Long.class,
                programme);
        String card = "MT" + tag();
        jdbc.update("insert into study_member (agency_id, cell, full_name, folded_name, card_number) values (?,"
                + " 'Chi bộ ma trận', 'Lò Văn Ma Trận', 'lo van ma tran', ?)", f.commune, card);
        Long member = jdbc.queryForObject("select id from study_member where card_number = ?", Long.class, card);
        jdbc.update("insert into study_learner (programme_id, committee_id, member_id, audience, attendance,"
                + " reflection_required) values (?, ?, ?, 'PARTY_MEMBERS', 'PENDING', true)", programme, committee,
                member);
        Long learner = jdbc.queryForObject("select id from study_learner where member_id = ?", Long.class, member);
        jdbc.update("insert into study_session (programme_id, committee_id, kind, held_on, created_by, created_at)"
                + " values (?, ?, 'MAKE_UP', ?, ?, current_timestamp)", programme, committee, today, by);
        Long session = jdbc.queryForObject("select id from study_session where committee_id = ?", Long.class,
                committee);
        BiPredicate<Person, Fixtures> reads = (p, x) -> p.agencyId().equals(x.commune)
                || p.agencyId().equals(x.commission);
        BiPredicate<Person, Fixtures> acts = (p, x) -> p.agencyId().equals(x.commune)
                && (p.is(Role.CLERK) || p.is(Role.LEADER) || p.is(Role.UNIT_HEAD));
        String base = "/api/v1/study";
        String learners = base + "/programmes/" + programme + "/committees/" + committee;
        String form = "{\"cell\":\"Chi bộ ma trận\",\"fullName\":\"Cà Văn Thử\",\"keyLeader\":false}";
        var list = new ArrayList<Row>();
        list.add(read(base + "/members", any()));
        list.add(read(base + "/members/{id}", on("a commune's member", base + "/members/" + member, null, reads)));
        list.add(write("POST", base + "/members", on("a commune's roster", base + "/members?agency=" + f.commune, form,
                acts).seenBy(reads)));
        list.add(write("PUT", base + "/members/{id}", on("a commune's member", base + "/members/" + member, form,
                acts).seenBy(reads)));
        list.add(write("POST", base + "/members/{id}/deactivate", on("a commune's member", base + "/members/"
                + member + "/deactivate", null, acts).seenBy(reads)));
        list.add(write("POST", base + "/members/import", on("a commune's roster", base + "/members/import?agency="
                + f.commune, null, acts).seenBy(reads)));
        list.add(read(base + "/programmes/{id}/committees/{committeeId}/learners", on("a commune's learners",
                learners + "/learners", null, reads)));
        list.add(read(base + "/programmes/{id}/committees/{committeeId}/counts", on("a commune's learners",
                learners + "/counts", null, reads)));
        list.add(read(base + "/programmes/{id}/committees/{committeeId}/sessions", on("a commune's sessions",
                learners + "/sessions", null, reads)));
        list.add(write("POST", base + "/programmes/{id}/committees/{committeeId}/learners", on("a commune's learners",
                learners + "/learners", "{\"cells\":[\"Chi bộ ma trận\"],\"keyLeaders\":false}", acts)
                .seenBy(reads)));
        list.add(write("POST", base + "/programmes/{id}/committees/{committeeId}/sessions", on("a commune's sessions",
                learners + "/sessions", "{\"kind\":\"CLASS\",\"heldOn\":\"" + OfficeDate.today() + "\"}", acts)
                .seenBy(reads)));
        list.add(write("POST", base + "/sessions/{sessionId}/attendance", on("a make-up class", base + "/sessions/"
                + session + "/attendance", "{\"absences\":{}}", acts).seenBy(reads)));
        list.add(write("POST", base + "/sessions/{sessionId}/make-up", on("a make-up class", base + "/sessions/"
                + session + "/make-up", "{\"learnerIds\":[" + learner + "]}", acts).seenBy(reads)));
        list.add(write("POST", base + "/learners/{id}/reflection", on("a commune's learner", base + "/learners/"
                + learner + "/reflection", "{\"text\":\"Thu hoạch\"}", acts).seenBy(reads)));
        list.add(write("POST", base + "/learners/{id}/grade", on("a commune's learner", base + "/learners/"
                + learner + "/grade", "{\"grade\":\"GOOD\"}", acts).seenBy(reads)));
        return list;
    }
}
