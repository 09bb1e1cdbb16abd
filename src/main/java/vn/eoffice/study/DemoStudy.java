package vn.eoffice.study;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.ReadinessItem;
import vn.eoffice.meetings.ReadinessLine;
import vn.eoffice.platform.DemoData;
import vn.eoffice.platform.EOfficeProperties;
import vn.eoffice.platform.PdfLayout;

/**
 * Demo profile only: the 2026 programme studying Nghị quyết 05-NQ/TU of the provincial Party committee, planned by
 * chuyenvien and opened by lanhdao, with the six hosted commune and ward committees and their expected members, two
 * readings, four approved materials and the online conference (four points ready, one failed its check, one
 * pending). It runs before the learners' demo ({@code @Order(12)}), which looks the programme up by its notation.
 */
@Component
@Profile("demo")
@Order(11)
class DemoStudy implements ApplicationRunner {

    static final String NOTATION = "05-NQ/TU";

    private final Programmes programmes;
    private final StudyProgrammes study;
    private final MaterialLibrary library;
    private final ReviewCircuit circuit;
    private final ConferenceSetup conferences;
    private final ReadingList readingList;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final EOfficeProperties office;

    DemoStudy(Programmes programmes, StudyProgrammes study, MaterialLibrary library, ReviewCircuit circuit,
            ConferenceSetup conferences, ReadingList readingList, UserDetailsService accounts,
            TransactionTemplate transactions, Clock clock, EOfficeProperties office) {
        this.library = library;
        this.circuit = circuit;
        this.conferences = conferences;
        this.readingList = readingList;
        this.programmes = programmes;
        this.study = study;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
        this.office = office;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoData.loadOnce(programmes.existsByNotation(NOTATION), transactions, this::create);
    }

    private void create() {
        var today = LocalDate.now(clock.withZone(office.timeZone()));
        var officer = as("chuyenvien");
        var communes = study.invitable(officer).stream()
                .filter(a -> a.name().startsWith("Đảng ủy xã") || a.name().startsWith("Đảng ủy phường"))
                .map(a -> a.id()).toList();
        var programme = study.plan(officer, new ProgrammeForm("Học tập, quán triệt Nghị quyết số 05-NQ/TU ngày"
                + " 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh về phát triển văn hóa, con người Điện Biên giai đoạn"
                + " 2026–2030", ResolutionKind.RESOLUTION, NOTATION, "Ban Chấp hành Đảng bộ tỉnh Điện Biên",
                LocalDate.of(2026, 1, 15), Set.of(Audience.KEY_LEADERS, Audience.PARTY_MEMBERS, Audience.PEOPLE),
                Set.of(StudyLevel.PROVINCE, StudyLevel.COMMUNE, StudyLevel.CELL), Set.of(Audience.PARTY_MEMBERS),
                today.minusDays(10), today.plusDays(20), today.plusDays(35), today.plusDays(50), communes));
        int[] expected = { 48, 36, 60, 52, 28, 40 };
        List<CommitteeView> committees = study.committees(officer, programme.id());
        for (int i = 0; i < committees.size(); i++) {
            study.expect(officer, programme.id(), committees.get(i).id(), expected[i % expected.length]);
        }
        var leader = as("lanhdao");
        study.open(leader, programme.id());
        readings(programme.id());
        materials(programme.id());
        conference(programme.id(), today);
    }

    /** The resolution itself and the provincial committee's plan to study it, as uploaded files. */
    private void readings(Long programmeId) {
        var officer = as("chuyenvien");
        for (String[] r : new String[][] {
                { "Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành Đảng bộ tỉnh", "05-NQ-TU.pdf" },
                { "Kế hoạch học tập, quán triệt, triển khai thực hiện Nghị quyết số 05-NQ/TU", "ke-hoach-05.pdf" } }) {
            byte[] pdf = PdfLayout.a4(false).centred(r[0], PdfLayout.Style.BOLD, 13).bytes();
            readingList.add(officer, programmeId, r[0], null, new MaterialLibrary.Upload(r[1],
                    () -> new ByteArrayInputStream(pdf)));
        }
    }

    /** Four materials drafted by chuyenvien and approved by lanhdao through a one-step review circuit. */
    private void materials(Long programmeId) {
        record Demo(MaterialKind kind, Audience audience, String title, String file) {
        }
        for (var m : List.of(
                new Demo(MaterialKind.OUTLINE, Audience.PARTY_MEMBERS, "Đề cương giới thiệu Nghị quyết số 05-NQ/TU",
                        "de-cuong-05-NQ-TU.pdf"),
                new Demo(MaterialKind.SLIDES, Audience.KEY_LEADERS, "Bài giảng trình chiếu cho cán bộ chủ chốt",
                        "bai-giang-05-NQ-TU.pdf"),
                new Demo(MaterialKind.QA, Audience.PARTY_MEMBERS, "Hỏi – đáp về Nghị quyết số 05-NQ/TU",
                        "hoi-dap-05-NQ-TU.pdf"),
                new Demo(MaterialKind.SHORT, Audience.PEOPLE, "Tài liệu rút gọn cho nhân dân",
                        "tai-lieu-rut-gon-05-NQ-TU.pdf"))) {
            var officer = as("chuyenvien");
            byte[] pdf = PdfLayout.a4(false).centred(m.title().toUpperCase(java.util.Locale.ROOT),
                    PdfLayout.Style.BOLD, 14).paragraph("Nghị quyết số 05-NQ/TU ngày 15/01/2026 của Ban Chấp hành"
                            + " Đảng bộ tỉnh về phát triển văn hóa, con người Điện Biên giai đoạn 2026–2030.",
                            PdfLayout.Style.REGULAR, 12).bytes();
            var drafted = library.draft(officer, programmeId, new MaterialForm(m.kind(), m.audience(), m.title()),
                    new MaterialLibrary.Upload(m.file(), () -> new ByteArrayInputStream(pdf)));
            circuit.submit(officer, drafted.documentId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL,
                    as("lanhdao").id())));
            circuit.decide(as("lanhdao"), drafted.documentId(), true, null);
        }
        library.shelf(as("chuyenvien"), programmeId);
    }

    /** The conference in three days: Tuần Giáo and three more points ready, one failed its check, one pending. */
    private void conference(Long programmeId, LocalDate today) {
        var leader = as("lanhdao");
        var page = conferences.create(leader, programmeId, new ConferenceForm(today.plusDays(3),
                LocalTime.of(8, 0), LocalTime.of(11, 30), "Hội trường Tỉnh ủy Điện Biên"));
        var points = page.points().stream().filter(p -> !p.point().main()).toList();
        var commune = as("vanthuxa");
        for (int i = 0; i < points.size() - 1; i++) {
            var point = points.get(i).point();
            var by = commune.agencyId().equals(point.agencyId()) ? commune : as("lanhdao");
            boolean failed = i == points.size() - 2;
            var lines = java.util.Arrays.stream(ReadinessItem.values()).map(item -> failed
                    && item == ReadinessItem.SOUND ? new ReadinessLine(item, false, "Loa hội trường bị rè, chờ thay")
                    : new ReadinessLine(item, true, null)).toList();
            conferences.check(by, programmeId, point.id(), lines);
        }
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
