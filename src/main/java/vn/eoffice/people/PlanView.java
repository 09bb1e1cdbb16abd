package vn.eoffice.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's training plan with its items and how much of it is done. */
public record PlanView(Long id, Long unitId, int year, PlanStatus status, Instant approvedAt, List<Item> items,
        Completion completion) {

    public record Item(Long id, Long cadreId, String personName, CourseKind kind, String topic, ItemReason reason,
            String detail, LocalDate deadline, Long courseId, String courseName, LocalDate doneOn, boolean overdue) {
    }
}
