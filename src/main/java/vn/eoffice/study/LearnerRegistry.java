package vn.eoffice.study;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;

/**
 * A committee's learners in a programme: registering them from its roster, holding sessions, marking attendance
 * (everyone present but the absent, in one statement) and the make-up class that turns the absent into made up.
 */
@Service
@Transactional
public class LearnerRegistry {

    static final int MAX_REASON = 500;

    private final Learners learners;
    private final PartyMembers members;
    private final StudySessions sessions;
    private final LearnerAccess access;
    private final LearnerNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    LearnerRegistry(Learners learners, PartyMembers members, StudySessions sessions, LearnerAccess access,
            LearnerNotices notices, AuditLog audit, Clock clock) {
        this.learners = learners;
        this.members = members;
        this.sessions = sessions;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the active members of the chosen cells and the key leaders not yet registered; @return how many. */
    public int register(CurrentUser user, Long programmeId, Long committeeId, LearnerRegistration registration) {
        var committee = access.actFor(user, programmeId, committeeId, "STUDY_LEARNERS_REGISTER");
        var programme = access.programme(user, programmeId);
        if (programme.getStatus() == ProgrammeStatus.CLOSED) {
            throw new DomainException("study.programme.closed");
        }
        if (registration.cells().isEmpty() && !registration.keyLeaders()) {
            throw new DomainException("study.learner.register.nothing");
        }
        var known = new HashSet<>(learners.memberIds(programmeId, committeeId));
        var added = new ArrayList<Learner>();
        var required = programme.getReflectionAudiences();
        if (registration.keyLeaders()) {
            for (var m : members.findByAgencyIdAndActiveTrueAndKeyLeaderTrue(committee.getAgencyId())) {
                if (known.add(m.getId())) {
                    added.add(new Learner(programmeId, committeeId, m.getId(), Audience.KEY_LEADERS,
                            required.contains(Audience.KEY_LEADERS)));
                }
            }
        }
        if (!registration.cells().isEmpty()) {
            for (var m : members.findByAgencyIdAndActiveTrueAndCellIn(committee.getAgencyId(), registration.cells())) {
                if (known.add(m.getId())) {
                    added.add(new Learner(programmeId, committeeId, m.getId(), Audience.PARTY_MEMBERS,
                            required.contains(Audience.PARTY_MEMBERS)));
                }
            }
        }
        learners.saveAll(added);
        audit.record("STUDY_LEARNERS_REGISTERED", "STUDY_COMMITTEE", committeeId, committee.getName() + ": "
                + added.size() + " learners, cells " + registration.cells() + (registration.keyLeaders()
                        ? ", key leaders" : ""));
        notices.registered(committee);
        return added.size();
    }

    /** Records a session the committee's learners attend (its class, the conference it followed, a make-up). */
    public StudySessionView hold(CurrentUser user, Long programmeId, Long committeeId, StudySessionForm form) {
        var committee = access.actFor(user, programmeId, committeeId, "STUDY_SESSION_HOLD");
        var programme = access.programme(user, programmeId);
        if (form.kind() == null) {
            throw new DomainException("study.session.kind.required");
        }
        if (form.heldOn() == null) {
            throw new DomainException("study.session.heldOn.required");
        }
        if (form.place() != null && form.place().strip().length() > 300) {
            throw new DomainException("study.session.place.tooLong");
        }
        if (form.heldOn().isBefore(programme.getStudyFrom())) {
            throw new DomainException("study.session.heldOn.beforeFrom");
        }
        var session = sessions.save(new StudySession(programmeId, committeeId, form, user.id(), Instant.now(clock)));
        audit.record("STUDY_SESSION_HELD", "STUDY_SESSION", session.getId(), committee.getName() + ": "
                + form.kind() + " " + form.heldOn() + (form.place() == null ? "" : ", " + form.place()));
        return session.view();
    }

    /** Marks a class or the conference: all of the cell present, except the absent with their reasons. */
    public int markAttendance(CurrentUser user, Long sessionId, AttendanceSheet sheet) {
        var session = session(user, sessionId, "STUDY_ATTENDANCE");
        if (session.getKind() == SessionKind.MAKE_UP) {
            throw new DomainException("study.session.makeUpOnly");
        }
        if (session.getHeldOn().isAfter(java.time.LocalDate.now(clock))) {
            throw new DomainException("study.session.notYetHeld");
        }
        sheet.absences().forEach((id, reason) -> {
            if (reason == null || reason.isBlank()) {
                throw new DomainException("study.learner.reason.required");
            }
            if (reason.strip().length() > MAX_REASON) {
                throw new DomainException("study.learner.reason.tooLong", MAX_REASON);
            }
        });
        var committee = access.actFor(user, session.getProgrammeId(), session.getCommitteeId(), "STUDY_ATTENDANCE");
        String cell = sheet.cell() == null || sheet.cell().isBlank() ? null : sheet.cell();
        Collection<Long> absent = sheet.absences().isEmpty() ? List.of(-1L) : sheet.absences().keySet();
        int present = learners.markPresent(committee.getId(), committee.getAgencyId(), cell, sessionId, absent);
        for (var entry : sheet.absences().entrySet()) {
            if (learners.markAbsent(committee.getId(), entry.getKey(), sessionId, entry.getValue().strip()) == 0) {
                throw new NotFoundException("learner " + entry.getKey());
            }
        }
        audit.record("STUDY_ATTENDANCE_MARKED", "STUDY_SESSION", sessionId, committee.getName() + (cell == null
                ? "" : ", " + cell) + ": " + present + " present, " + sheet.absences().size() + " absent "
                + sheet.absences().keySet());
        notices.attendanceMarked(committee);
        return present;
    }

    /** A make-up class: the absent learners who came have now studied (MADE_UP). @return how many */
    public int markMadeUp(CurrentUser user, Long sessionId, Collection<Long> learnerIds) {
        var session = session(user, sessionId, "STUDY_MAKE_UP");
        if (session.getKind() != SessionKind.MAKE_UP) {
            throw new DomainException("study.makeup.notMakeUp");
        }
        if (learnerIds == null || learnerIds.isEmpty()) {
            throw new DomainException("study.makeup.nobody");
        }
        var committee = access.actFor(user, session.getProgrammeId(), session.getCommitteeId(), "STUDY_MAKE_UP");
        int made = learners.markMadeUp(committee.getId(), sessionId, learnerIds);
        if (made != new HashSet<>(learnerIds).size()) {
            throw new DomainException("study.makeup.notAbsent");
        }
        audit.record("STUDY_MADE_UP", "STUDY_SESSION", sessionId, committee.getName() + ": " + learnerIds);
        notices.attendanceMarked(committee);
        return made;
    }

    private StudySession session(CurrentUser user, Long sessionId, String action) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        access.committee(user, session.getProgrammeId(), session.getCommitteeId());
        return session;
    }
}
