package vn.eoffice.people;

import java.time.LocalDate;

/** A course taken, with its certificate's file name if one is kept. */
public record CourseView(Long id, Long cadreId, CourseKind kind, String name, String institution, LocalDate from,
        LocalDate to, String result, String certificateName) {
}
