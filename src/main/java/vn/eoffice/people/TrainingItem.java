package vn.eoffice.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/** One person's training in a plan: what, why, by when, and the course that fulfilled it. */
@Entity
@Table(name = "training_plan_item")
class TrainingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long cadreId;
    @Enumerated(EnumType.STRING)
    private CourseKind kind;
    private String topic;
    @Enumerated(EnumType.STRING)
    private ItemReason reason;
    private String detail;
    private LocalDate deadline;
    private Long courseId;
    private LocalDate doneOn;

    protected TrainingItem() {
    }

    TrainingItem(Long planId, Long cadreId, CourseKind kind, String topic, ItemReason reason, String detail,
            LocalDate deadline) {
        this.planId = planId;
        this.cadreId = cadreId;
        this.kind = kind;
        this.topic = topic;
        this.reason = reason;
        this.detail = detail;
        this.deadline = deadline;
    }

    /** Done by a course the same person took; once. */
    void doneBy(TrainingCourse course) {
        if (courseId != null) {
            throw new DomainException("training.item.alreadyDone");
        }
        if (!course.getCadreId().equals(cadreId)) {
            throw new DomainException("training.item.otherPersonsCourse");
        }
        this.courseId = course.getId();
        this.doneOn = course.getToDate();
    }

    boolean sameAs(Long cadre, String otherTopic) {
        return cadreId.equals(cadre) && topic.equalsIgnoreCase(otherTopic);
    }

    PlanView.Item view(String personName, String courseName, LocalDate today) {
        return new PlanView.Item(id, cadreId, personName, kind, topic, reason, detail, deadline, courseId, courseName,
                doneOn, courseId == null && deadline.isBefore(today));
    }

    Long getId() { return id; }
    Long getPlanId() { return planId; }
    Long getCadreId() { return cadreId; }
    Long getCourseId() { return courseId; }
    String getTopic() { return topic; }
}
