package vn.eoffice.study;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * Reflections (bài thu hoạch): the committee enters each learner's (text or file) and grades it; one submitted after
 * the programme's due day is late. Both steps are audited.
 */
@Service
@Transactional
public class LearnerReflections {

    static final int MAX_TEXT = 20_000;

    private final Learners learners;
    private final LearnerAccess access;
    private final FileStorage files;
    private final LearnerNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    LearnerReflections(Learners learners, LearnerAccess access, FileStorage files, LearnerNotices notices,
            AuditLog audit, Clock clock) {
        this.learners = learners;
        this.access = access;
        this.files = files;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters a learner's reflection: its text, or a file ({@code content} with its name). */
    public void submit(CurrentUser user, Long learnerId, String text, String fileName, InputStream content) {
        var learner = found(learnerId);
        var committee = access.actFor(user, learner.getProgrammeId(), learner.getCommitteeId(),
                "STUDY_REFLECTION_SUBMIT");
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new DomainException("study.reflection.tooLong", MAX_TEXT);
        }
        Long fileId = null;
        if (content != null && fileName != null && !fileName.isBlank()) {
            fileId = files.store(fileName, content, user.id()).id();
        }
        learner.submit(text, fileId, fileId == null ? null : fileName, Instant.now(clock));
        audit.record("STUDY_REFLECTION_SUBMITTED", "STUDY_LEARNER", learnerId, committee.getName()
                + (fileId == null ? "" : ", file " + fileName));
        notices.reflectionsChanged(committee);
    }

    public void grade(CurrentUser user, Long learnerId, ReflectionGrade grade) {
        var learner = found(learnerId);
        var committee = access.actFor(user, learner.getProgrammeId(), learner.getCommitteeId(),
                "STUDY_REFLECTION_GRADE");
        learner.grade(grade, user.id(), Instant.now(clock));
        audit.record("STUDY_REFLECTION_GRADED", "STUDY_LEARNER", learnerId, committee.getName() + ": " + grade);
        notices.reflectionsChanged(committee);
    }

    /** The reflection's file, for whoever reads the committee's learners; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Long file(CurrentUser user, Long learnerId) {
        var learner = found(learnerId);
        access.committee(user, learner.getProgrammeId(), learner.getCommitteeId());
        if (learner.getReflectionFileId() == null) {
            throw new NotFoundException("reflection file " + learnerId);
        }
        return learner.getReflectionFileId();
    }

    private Learner found(Long id) {
        return learners.findById(id).orElseThrow(() -> new NotFoundException("learner " + id));
    }
}
