package vn.eoffice.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.platform.DemoData;

/**
 * Demo profile only: the six demo commune and ward committees get 2–4 cells and 20–60 Party members each; when the
 * demo programme (05-NQ/TU, loaded by the study's own demo before this one) exists, their learners are registered,
 * five have marked attendance (a few absent with reasons, some made up) and reflections are handed in, partly graded.
 */
@Component
@Profile("demo")
@Order(30)
class DemoLearners implements ApplicationRunner {

    static final String NOTATION = "05-NQ/TU";
    private static final String[] FAMILY = { "Lò", "Quàng", "Cà", "Lường", "Tòng", "Điêu", "Nguyễn", "Trần", "Vì",
        "Mùa", "Giàng", "Phạm", "Hoàng", "Lê" };
    private static final String[] MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Thị Thu", "Văn Hải" };
    private static final String[] GIVEN = { "Hùng", "Lan", "Sơn", "Phương", "Xuân", "Thắng", "Hoa", "Dũng", "Mai",
        "Tuấn", "Hương", "Chiến", "Nga", "Bình", "Thủy", "Khánh", "Pả", "Sinh", "Yên", "Kiên" };
    private static final String[] CELLS = { "Chi bộ bản Noong Bua", "Chi bộ bản Him Lam", "Chi bộ bản Phiêng Lơi",
        "Chi bộ Trường Tiểu học", "Chi bộ Trạm Y tế" };
    private static final String[] REASONS = { "Ốm, nằm viện", "Đi công tác tỉnh", "Nghỉ sinh con",
        "Đi làm ăn xa" };

    private final PartyMembers members;
    private final Learners learners;
    private final StudySessions sessions;
    private final Programmes programmes;
    private final Committees committees;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoLearners(PartyMembers members, Learners learners, StudySessions sessions, Programmes programmes,
            Committees committees, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.members = members;
        this.learners = learners;
        this.sessions = sessions;
        this.programmes = programmes;
        this.committees = committees;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var communes = communes();
        DemoData.loadOnce(communes.isEmpty() || jdbc.queryForObject(
                "select count(*) from study_member where agency_id = ?", Long.class, communes.get(0)) > 0, transactions, () -> rosters(communes));
        var programme = jdbc.queryForList("select id from study_programme where notation = ? order by id",
                Long.class, NOTATION).stream().findFirst();
        programme.ifPresent(id -> DemoData.loadOnce(jdbc.queryForObject("select count(*) from study_learner where"
                + " programme_id = ?", Long.class, id) > 0, transactions, () -> seed(id)));
    }

    List<Long> communes() {
        return jdbc.queryForList("select id from agency where hosted = true and (name like 'Đảng ủy xã%' or name like"
                + " 'Đảng ủy phường%') order by id", Long.class);
    }

    private void rosters(List<Long> communes) {
        var random = new Random(25);
        for (Long agency : communes) {
            int cells = 2 + random.nextInt(3);
            int people = 20 + random.nextInt(41);
            var roster = new ArrayList<PartyMember>();
            for (int i = 0; i < people; i++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                roster.add(new PartyMember(agency, new PartyMemberForm(CELLS[i % cells], name,
                        String.format("%02d.%06d", agency % 100, 100_000 + i), i < 3 ? (i == 0 ? "Bí thư Đảng ủy"
                                : "Phó Bí thư Đảng ủy") : i % 7 == 0 ? "Bí thư chi bộ" : null, i < 3)));
            }
            members.saveAll(roster);
        }
    }

    /** Registers the demo communes' learners in {@code programmeId}; attendance and reflections for five of them. */
    public void seed(Long programmeId) {
        var programme = programmes.findById(programmeId).orElseThrow();
        var random = new Random(5);
        var today = LocalDate.now(clock);
        Long by = jdbc.queryForObject("select created_by from study_programme where id = ?", Long.class, programmeId);
        var held = programme.getStudyFrom().isAfter(today) ? today : programme.getStudyFrom();
        int marked = 0;
        for (var committee : committees.findByProgrammeIdOrderByName(programmeId)) {
            var roster = members.findByAgencyIdAndActiveTrueAndCellIn(committee.getAgencyId(), List.of(CELLS));
            if (roster.isEmpty()) {
                continue;
            }
            var registered = learners.saveAll(roster.stream().map(m -> {
                var audience = m.view().keyLeader() ? Audience.KEY_LEADERS : Audience.PARTY_MEMBERS;
                return new Learner(programmeId, committee.getId(), m.getId(), audience,
                        programme.getReflectionAudiences().contains(audience));
            }).toList());
            if (marked++ >= 5) {
                continue;
            }
            var form = new StudySessionForm(SessionKind.CLASS, held, "Hội trường " + committee.getName());
            var session = sessions.save(new StudySession(programmeId, committee.getId(), form, by, Instant.now(clock)));
            var absent = registered.subList(registered.size() - 3, registered.size()).stream().map(Learner::getId)
                    .toList();
            learners.markPresent(committee.getId(), committee.getAgencyId(), null, session.getId(), absent);
            for (int i = 0; i < absent.size(); i++) {
                learners.markAbsent(committee.getId(), absent.get(i), session.getId(), REASONS[(i + marked)
                        % REASONS.length]);
            }
            var makeUp = sessions.save(new StudySession(programmeId, committee.getId(), new StudySessionForm(
                    SessionKind.MAKE_UP, held, "Nhà văn hóa"), by, Instant.now(clock)));
            learners.markMadeUp(committee.getId(), makeUp.getId(), absent.subList(0, 1 + marked % 2));
            for (var learner : learners.findAllById(registered.stream().map(Learner::getId).toList())) {
                if (learner.isReflectionRequired() && random.nextInt(10) < 7) {
                    learner.submit("Qua học tập, bản thân nhận thức rõ vai trò của văn hóa, con người Điện Biên"
                            + " trong phát triển bền vững; sẽ tuyên truyền để gia đình, thôn bản cùng thực hiện.",
                            null, null, Instant.now(clock));
                    if (random.nextBoolean()) {
                        learner.grade(ReflectionGrade.values()[random.nextInt(3)], null, Instant.now(clock));
                    }
                }
            }
        }
    }
}
