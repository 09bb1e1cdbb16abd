package vn.eoffice.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;

import vn.eoffice.platform.DemoData;

/**
 * Demo profile only: last year's reviewed competency assessments of the people of three units (some below their
 * position's level), one assessment of this year waiting for the propaganda unit head's review, a few courses, and
 * this year's training plans of those units drafted from the gaps — the theory unit's approved and partly done.
 */
@Component
@Profile("demo")
@Order(7)
class DemoTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
    private static final List<String> UNITS = List.of("TTBC", "KGVH", "LLLS");

    private final Assessments assessments;
    private final Cadres cadres;
    private final CompetencyAssessments competency;
    private final TrainingRecords records;
    private final TrainingPlans plans;
    private final UserManagement users;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final PersonnelOffice office;
    private final OrganizationDirectory organization;
    private final Clock clock;

    DemoTraining(Assessments assessments, Cadres cadres, CompetencyAssessments competency, TrainingRecords records,
            TrainingPlans plans, UserManagement users, UserDetailsService accounts, TransactionTemplate transactions,
            PersonnelOffice office, OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.assessments = assessments;
        this.cadres = cadres;
        this.competency = competency;
        this.records = records;
        this.plans = plans;
        this.users = users;
        this.accounts = accounts;
        this.transactions = transactions;
        this.office = office;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoData.loadOnce(assessments.count() > 0 || cadres.count() == 0, transactions, this::create);
    }

    private void create() {
        var clerk = as("vanthu");
        int year = office.today().getYear();
        int made = 0;
        for (String abbreviation : UNITS) {
            Long unit = unit(clerk, abbreviation);
            var head = users.membersOf(unit).stream().filter(u -> u.roles().contains(Role.UNIT_HEAD)).findFirst();
            Long leader = users.findByUsername("lanhdao").orElseThrow().id();
            for (var cadre : cadres.search(clerk.agencyId(), unit, "%", true, null)) {
                var position = competency.primaryPosition(cadre.getId()).orElse(null);
                if (position == null || position.framework().isEmpty()) {
                    continue;
                }
                var framework = position.framework();
                int n = made++;
                // every third person rates himself a level or two below what the position requires
                var own = framework.stream().map(c -> new SelfAssessmentForm.Rating(
                        Math.max(1, c.level() - (n % 3 == 0 ? 1 + c.name().length() % 2 : 0)),
                        "Kết quả công việc năm " + (year - 1))).toList();
                boolean heads = head.isPresent() && head.get().id().equals(cadre.getUserId());
                var assessment = new CompetencyAssessment(cadre, position, year - 1, heads || head.isEmpty(),
                        new SelfAssessmentForm(year - 1, own), clock.instant().minusSeconds(86_400L * 300));
                assessment.review(heads || head.isEmpty() ? leader : head.get().id(),
                        new ReviewForm(List.of(), "Đồng ý với kết quả tự đánh giá."), clock.instant()
                                .minusSeconds(86_400L * 290));
                assessments.save(assessment);
            }
        }
        var lan = as("chuyenvien2");
        var sheet = competency.sheet(lan, year);
        if (sheet.open()) {
            competency.submit(lan, new SelfAssessmentForm(year, sheet.framework().stream()
                    .map(c -> new SelfAssessmentForm.Rating(Math.max(1, c.level() - 1), "Tự đánh giá năm " + year))
                    .toList()));
        }
        clerk = as("vanthu");
        int courses = courses(clerk, year);
        for (String abbreviation : UNITS) {
            plans.draft(clerk, unit(clerk, abbreviation), year);
        }
        Long approved = plans.plans(clerk, year).stream().filter(p -> p.planId() != null
                && p.unitId().equals(unit(as("vanthu"), "LLLS"))).findFirst().orElseThrow().planId();
        clerk = as("vanthu");
        var plan = plans.plan(clerk, approved);
        if (!plan.items().isEmpty()) {
            plans.approve(clerk, approved);
            var first = plan.items().get(0);
            Long course = records.add(clerk, first.cadreId(), new CourseForm(first.kind(), first.topic(),
                    "Trường Chính trị tỉnh Điện Biên", LocalDate.of(year, 3, 2), LocalDate.of(year, 3, 27),
                    "Hoàn thành", null));
            plans.markDone(clerk, approved, first.id(), course);
        }
        log.info("Demo training created: {} assessments, {} courses, {} plans", made + 1, courses + 1, UNITS.size());
    }

    private int courses(CurrentUser clerk, int year) {
        var people = cadres.search(clerk.agencyId(), unit(clerk, "TTBC"), "%", true, null);
        int made = 0;
        for (var cadre : people.subList(0, Math.min(3, people.size()))) {
            records.add(clerk, cadre.getId(), new CourseForm(CourseKind.KNOWLEDGE_UPDATE,
                    "Bồi dưỡng nghiệp vụ công tác tuyên giáo", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
                    LocalDate.of(year - 1, 6, 10), LocalDate.of(year - 1, 6, 14), "Đạt", null));
            made++;
        }
        return made;
    }

    private Long unit(CurrentUser user, String abbreviation) {
        return organization.units(user.agencyId(), office.today()).stream().filter(u -> abbreviation.equals(u.abbreviation()))
                .findFirst().orElseThrow().id();
    }

    private CurrentUser as(String username) {
        var user = (CurrentUser) accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
