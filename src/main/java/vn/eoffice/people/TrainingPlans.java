package vn.eoffice.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * The yearly training plan of each unit (docs/adr/0028): drafted from the reviewed competency gaps, from the
 * political-theory standard a person's position requires and he does not meet, and from leaders' duty to update
 * their knowledge; the personnel office adjusts and approves it, then marks items done by the course taken. Read by
 * the personnel office and the leaders.
 */
@Service
@Transactional
public class TrainingPlans {

    private static final Map<TheoryLevel, String> THEORY = Map.of(TheoryLevel.ELEMENTARY, "sơ cấp",
            TheoryLevel.INTERMEDIATE, "trung cấp", TheoryLevel.ADVANCED, "cao cấp", TheoryLevel.BACHELOR, "cử nhân");

    private final Plans plans;
    private final TrainingItems items;
    private final Courses courses;
    private final Cadres cadres;
    private final JobPositions positions;
    private final HeldPositions held;
    private final Assessments assessments;
    private final CompetencyAssessments competency;
    private final PersonnelOffice office;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;
    private final PeopleProperties properties;

    TrainingPlans(Plans plans, TrainingItems items, Courses courses, Cadres cadres, JobPositions positions,
            HeldPositions held, Assessments assessments, CompetencyAssessments competency, PersonnelOffice office,
            OrganizationDirectory organization, AuditLog audit, Clock clock, PeopleProperties properties) {
        this.properties = properties;
        this.plans = plans;
        this.items = items;
        this.courses = courses;
        this.cadres = cadres;
        this.positions = positions;
        this.held = held;
        this.assessments = assessments;
        this.competency = competency;
        this.office = office;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How much of a unit's plan of {@code year} is done, for reports (training plan vs done); {@link Completion#NONE}
     * when the unit has no plan. The caller decides who may see it.
     */
    @Transactional(readOnly = true)
    public Completion completion(Long unitId, int year) {
        return planned(unitId, year).orElse(Completion.NONE);
    }

    /** As {@link #completion}, empty when the unit has no plan of that year (a plan without items is 0 of 0). */
    @Transactional(readOnly = true)
    public Optional<Completion> planned(Long unitId, int year) {
        return plans.findByUnitIdAndYear(unitId, year).map(p -> progress(List.of(p.getId())).getOrDefault(p.getId(),
                Completion.NONE));
    }

    /** Every unit of the agency with its plan of {@code year} (if any) and completion. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans(CurrentUser user, int year) {
        office.requireBrowse(user);
        var byUnit = new HashMap<Long, TrainingPlan>();
        plans.findByAgencyIdAndYear(user.agencyId(), year).forEach(p -> byUnit.put(p.getUnitId(), p));
        var done = progress(byUnit.values().stream().map(TrainingPlan::getId).toList());
        return organization.units(user.agencyId(), office.today()).stream().map(u -> {
            var plan = byUnit.get(u.id());
            return new PlanSummary(u.id(), u.name(), plan == null ? null : plan.getId(),
                    plan == null ? null : plan.getStatus(),
                    plan == null ? Completion.NONE : done.getOrDefault(plan.getId(), Completion.NONE));
        }).toList();
    }

    /**
     * Drafts the unit's plan of {@code year}, or brings a draft up to date: one item per competency a person falls
     * short of (his latest reviewed assessment of this year or the last), per theory standard he does not meet, and
     * per leader's knowledge update; what the draft already holds is not added twice.
     */
    public Long draft(CurrentUser user, Long unitId, int year) {
        office.requireKeep(user, "TRAINING_PLAN_DRAFT", unitId);
        office.requireOwnUnit(user, unitId);
        if (unitId == null || year < office.today().getYear() - 1 || year > office.today().getYear() + 1) {
            throw new DomainException("training.plan.year");
        }
        var plan = plans.findByUnitIdAndYear(unitId, year)
                .orElseGet(() -> plans.saveAndFlush(new TrainingPlan(user.agencyId(), unitId, year)));
        plan.requireDraft();
        var existing = new ArrayList<>(items.findByPlanIdOrderByCadreIdAscDeadlineAscIdAsc(plan.getId()));
        int added = 0;
        for (var item : proposals(plan)) {
            if (existing.stream().noneMatch(e -> e.sameAs(item.getCadreId(), item.getTopic()))) {
                existing.add(items.save(item));
                added++;
            }
        }
        audit.record("TRAINING_PLAN_DRAFTED", "TRAINING_PLAN", plan.getId(), year + ": +" + added);
        return plan.getId();
    }

    private List<TrainingItem> proposals(TrainingPlan plan) {
        var people = cadres.search(plan.getAgencyId(), plan.getUnitId(), "%", true, null);
        var due = LocalDate.of(plan.getYear(), 12, 31);
        var latest = new LinkedHashMap<Long, CompetencyAssessment>();
        assessments.reviewedIn(plan.getAgencyId(), AssessmentStatus.REVIEWED, plan.getYear() - 1, plan.getYear())
                .forEach(a -> latest.putIfAbsent(a.getCadreId(), a));
        var primary = new HashMap<Long, JobPosition>();
        if (!people.isEmpty()) {
            held.primaryOf(people.stream().map(Cadre::getId).toList()).forEach(a -> positions
                    .findById(a.getPositionId()).ifPresent(p -> primary.put(a.getCadreId(), p)));
        }
        var proposed = new ArrayList<TrainingItem>();
        for (var cadre : people) {
            var assessment = latest.get(cadre.getId());
            if (assessment != null) {
                for (var line : competency.view(assessment).lines()) {
                    if (line.shortfall() > 0) {
                        proposed.add(new TrainingItem(plan.getId(), cadre.getId(), kindOf(line), "Bồi dưỡng: "
                                + line.name(), ItemReason.GAP, "Yêu cầu mức " + line.requiredLevel()
                                + ", đạt mức " + line.reviewedLevel(), due));
                    }
                }
            }
            var position = primary.get(cadre.getId());
            if (position != null && !TheoryLevel.meets(cadre.getTheoryLevel(), position.getRequiredTheory())) {
                proposed.add(new TrainingItem(plan.getId(), cadre.getId(), CourseKind.POLITICAL_THEORY,
                        "Lý luận chính trị " + THEORY.get(position.getRequiredTheory()), ItemReason.STANDARD,
                        "Vị trí " + position.getName() + " yêu cầu " + THEORY.get(position.getRequiredTheory())
                                + "; hiện có: " + (cadre.getTheoryLevel() == null ? "chưa có"
                                : THEORY.get(cadre.getTheoryLevel())), due));
            }
            if (position != null && position.getKind() == PositionKind.LEADERSHIP) {
                proposed.add(new TrainingItem(plan.getId(), cadre.getId(), CourseKind.KNOWLEDGE_UPDATE,
                        "Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý", ItemReason.DUTY,
                        "Nhiệm vụ hằng năm của vị trí lãnh đạo",
                        properties.knowledgeUpdateDue(plan.getYear())));
            }
        }
        return proposed;
    }

    private static CourseKind kindOf(AssessmentView.Line line) {
        String name = line.name().toLowerCase(java.util.Locale.ROOT);
        if (line.group() == CompetencyGroup.MANAGERIAL) {
            return CourseKind.STATE_MANAGEMENT;
        }
        if (line.group() == CompetencyGroup.PROFESSIONAL) {
            return CourseKind.PROFESSIONAL;
        }
        if (name.contains("công nghệ thông tin") || name.contains("tin học")) {
            return CourseKind.IT;
        }
        return name.contains("ngoại ngữ") ? CourseKind.LANGUAGE : CourseKind.KNOWLEDGE_UPDATE;
    }

    /** One plan with its items (the personnel office and the leaders). */
    @Transactional(readOnly = true)
    public PlanView plan(CurrentUser user, Long id) {
        var plan = readable(user, id);
        var names = new HashMap<Long, String>();
        var today = office.today();
        var lines = items.findByPlanIdOrderByCadreIdAscDeadlineAscIdAsc(id).stream().map(i -> i.view(
                names.computeIfAbsent(i.getCadreId(), c -> cadres.findById(c).map(Cadre::getFullName).orElse("")),
                i.getCourseId() == null ? null : courses.findById(i.getCourseId()).map(TrainingCourse::getName)
                        .orElse(null), today)).toList();
        long done = lines.stream().filter(l -> l.courseId() != null).count();
        return new PlanView(plan.getId(), plan.getUnitId(), plan.getYear(), plan.getStatus(), plan.getApprovedAt(),
                lines, new Completion(lines.size(), done));
    }

    /** Adds an item by hand to a draft, for a person of the plan's unit. */
    public Long addItem(CurrentUser user, Long id, PlanItemForm form) {
        var plan = keepable(user, id, "TRAINING_PLAN_ITEM_ADD");
        plan.requireDraft();
        var cadre = cadres.findById(form.cadreId()).filter(c -> plan.getUnitId().equals(c.getUnitId()))
                .orElseThrow(() -> new DomainException("training.cadre.notInUnit"));
        if (form.deadline().getYear() != plan.getYear()) {
            throw new DomainException("training.deadline.year", String.valueOf(plan.getYear()));
        }
        var item = items.save(new TrainingItem(id, cadre.getId(), form.kind(), form.topic().trim(), ItemReason.MANUAL,
                null, form.deadline()));
        audit.record("TRAINING_PLAN_ITEM_ADDED", "TRAINING_PLAN", id, cadre.getFullName() + ": " + form.topic());
        return item.getId();
    }

    /** Takes an item out of a draft. */
    public void removeItem(CurrentUser user, Long id, Long itemId) {
        var plan = keepable(user, id, "TRAINING_PLAN_ITEM_REMOVE");
        plan.requireDraft();
        var item = item(id, itemId);
        items.delete(item);
        audit.record("TRAINING_PLAN_ITEM_REMOVED", "TRAINING_PLAN", id, String.valueOf(itemId));
    }

    /** Approves a draft that holds at least one item; it can no longer be changed. */
    public void approve(CurrentUser user, Long id) {
        var plan = keepable(user, id, "TRAINING_PLAN_APPROVE");
        plan.approve(user.id(), items.findByPlanIdOrderByCadreIdAscDeadlineAscIdAsc(id).size(), clock.instant());
        audit.record("TRAINING_PLAN_APPROVED", "TRAINING_PLAN", id, String.valueOf(plan.getYear()));
    }

    /** Marks an item of an approved plan done by a course the same person took. */
    public void markDone(CurrentUser user, Long id, Long itemId, Long courseId) {
        var plan = keepable(user, id, "TRAINING_PLAN_ITEM_DONE");
        plan.requireApproved();
        var item = item(id, itemId);
        var course = courses.findById(courseId == null ? -1L : courseId)
                .orElseThrow(() -> new DomainException("training.item.courseUnknown"));
        item.doneBy(course);
        audit.record("TRAINING_PLAN_ITEM_DONE", "TRAINING_PLAN", id, itemId + " ← " + course.getName());
    }

    /** The courses each person of the plan took, to choose from when marking an item done. */
    @Transactional(readOnly = true)
    public Map<Long, List<CourseView>> coursesOf(CurrentUser user, PlanView plan) {
        readable(user, plan.id());
        var byPerson = new HashMap<Long, List<CourseView>>();
        plan.items().forEach(i -> byPerson.computeIfAbsent(i.cadreId(), c -> courses
                .findByCadreIdOrderByFromDateDesc(c).stream().map(k -> k.view(null)).toList()));
        return byPerson;
    }

    private TrainingItem item(Long planId, Long itemId) {
        return items.findById(itemId).filter(i -> i.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("item " + itemId));
    }

    private TrainingPlan readable(CurrentUser user, Long id) {
        return plans.findById(id).filter(p -> p.getAgencyId().equals(user.agencyId()) && office.mayBrowse(user))
                .orElseThrow(() -> new NotFoundException("plan " + id));
    }

    private TrainingPlan keepable(CurrentUser user, Long id, String action) {
        var plan = readable(user, id);
        office.requireKeep(user, action, id);
        return plan;
    }

    private Map<Long, Completion> progress(List<Long> planIds) {
        var result = new HashMap<Long, Completion>();
        if (!planIds.isEmpty()) {
            items.progress(planIds).forEach(row -> result.put((Long) row[0],
                    new Completion((Long) row[1], (Long) row[2])));
        }
        return result;
    }
}
