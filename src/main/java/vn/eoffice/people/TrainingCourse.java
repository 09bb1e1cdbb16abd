package vn.eoffice.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.eoffice.platform.DomainException;

/** A course a cadre took (khóa đào tạo, bồi dưỡng), with its certificate kept in the files module. */
@Entity
@Table(name = "training_course")
class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cadreId;
    @Enumerated(EnumType.STRING)
    private CourseKind kind;
    private String name;
    private String institution;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String result;
    private Long certificateId;
    private Instant createdAt;

    protected TrainingCourse() {
    }

    TrainingCourse(Long cadreId, CourseForm form, Instant now) {
        if (form.to().isBefore(form.from())) {
            throw new DomainException("training.to.beforeFrom");
        }
        this.cadreId = cadreId;
        this.kind = form.kind();
        this.name = form.name().trim();
        this.institution = form.institution().trim();
        this.fromDate = form.from();
        this.toDate = form.to();
        this.result = form.result() == null || form.result().isBlank() ? null : form.result().trim();
        this.certificateId = form.certificateFileId();
        this.createdAt = now;
    }

    CourseView view(String certificateName) {
        return new CourseView(id, cadreId, kind, name, institution, fromDate, toDate, result, certificateName);
    }

    Long getId() { return id; }
    Long getCadreId() { return cadreId; }
    CourseKind getKind() { return kind; }
    Long getCertificateId() { return certificateId; }
    LocalDate getToDate() { return toDate; }
    String getName() { return name; }
}
