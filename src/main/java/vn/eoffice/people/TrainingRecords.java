package vn.eoffice.people;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.files.FileAccess;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Courses a person took (quá trình đào tạo, bồi dưỡng): seen like his record (the person, the personnel office, the
 * leaders; another person's read audited), kept by the personnel office, with the certificate as a stored file.
 */
@Service
@Transactional
public class TrainingRecords {

    private final Courses courses;
    private final Cadres cadres;
    private final PersonnelOffice office;
    private final FileStorage storage;
    private final FileAccess files;
    private final AuditLog audit;
    private final Clock clock;

    TrainingRecords(Courses courses, Cadres cadres, PersonnelOffice office, FileStorage storage, FileAccess files,
            AuditLog audit, Clock clock) {
        this.courses = courses;
        this.cadres = cadres;
        this.office = office;
        this.storage = storage;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's courses, latest first; another person's are audited as a read of his record. */
    public List<CourseView> courses(CurrentUser user, Long cadreId) {
        var cadre = readable(user, cadreId);
        return courses.findByCadreIdOrderByFromDateDesc(cadre.getId()).stream().map(this::view).toList();
    }

    /** Records a course (the personnel office); the certificate must be a file the same user uploaded. */
    public Long add(CurrentUser user, Long cadreId, CourseForm form) {
        var cadre = office.visible(user, cadres.findById(cadreId)
                .orElseThrow(() -> new NotFoundException("cadre " + cadreId)));
        office.requireKeep(user, "TRAINING_COURSE_ADD", cadreId);
        if (form.certificateFileId() != null) {
            try {
                files.readable(user, form.certificateFileId());
            } catch (NotFoundException e) {
                throw new DomainException("training.certificate.unknown");
            }
        }
        var course = courses.save(new TrainingCourse(cadre.getId(), form, clock.instant()));
        audit.record("TRAINING_COURSE_ADDED", "CADRE", cadreId, form.kind() + " " + course.getName());
        return course.getId();
    }

    /** The certificate of one of the person's courses, to those who see his record. */
    public StoredFile certificate(CurrentUser user, Long cadreId, Long courseId) {
        var cadre = readable(user, cadreId);
        var course = courses.findById(courseId).filter(c -> c.getCadreId().equals(cadre.getId())
                && c.getCertificateId() != null).orElseThrow(() -> new NotFoundException("course " + courseId));
        return storage.find(course.getCertificateId());
    }

    /** The person's name, as the courses page shows it. */
    @Transactional(readOnly = true)
    public String nameOf(CurrentUser user, Long cadreId) {
        return office.visible(user, cadres.findById(cadreId)
                .orElseThrow(() -> new NotFoundException("cadre " + cadreId))).getFullName();
    }

    private Cadre readable(CurrentUser user, Long cadreId) {
        var cadre = office.visible(user, cadres.findById(cadreId)
                .orElseThrow(() -> new NotFoundException("cadre " + cadreId)));
        if (!user.id().equals(cadre.getUserId())) {
            audit.record("PERSONNEL_RECORD_READ", "CADRE", cadreId, "training");
        }
        return cadre;
    }

    private CourseView view(TrainingCourse course) {
        return course.view(course.getCertificateId() == null ? null : storage.find(course.getCertificateId()).name());
    }
}
