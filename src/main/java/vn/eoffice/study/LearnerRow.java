package vn.eoffice.study;

import java.time.Instant;

/** A learner on the committee's page: the member, attendance, and the reflection (late when after the due day). */
public record LearnerRow(Long id, Long memberId, String cell, String fullName, String position, Audience audience,
        Attendance attendance, String absenceReason, boolean reflectionRequired, Instant submittedAt, boolean late,
        ReflectionGrade grade, String reflectionName, String reflectionText) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean absent() {
        return attendance == Attendance.ABSENT;
    }

    public boolean gradable() {
        return submittedAt != null && grade == null;
    }
}
