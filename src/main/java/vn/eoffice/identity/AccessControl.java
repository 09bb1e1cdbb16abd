package vn.eoffice.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.Outcome;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

/**
 * The one place where the access rule lives; every module asks it before showing or changing a record. Deny by
 * default. In order:
 * <ol>
 * <li>clearance must cover the record's secrecy level, whatever the role (participation does not lift it);</li>
 * <li>the record must belong to the person's own agency;</li>
 * <li>{@link Permission#ADMINISTER}: administrators only;</li>
 * <li>{@link Permission#SIGN}: leaders, and those the agency gave a {@link SigningAuthority}; never the drafter of
 * the record (the caller names them), never through a delegation;</li>
 * <li>a participant (person, or unit at or below the person's unit if they lead it) may view and edit;</li>
 * <li>leaders and clerks may view every record of their agency; clerks may also edit (they register);</li>
 * <li>a unit head may view and edit records owned by their unit or a unit below it;</li>
 * <li>an officer may view records owned by, or addressed to, their own unit.</li>
 * </ol>
 * Under an absence delegation the same rules are tried a second time as the absent colleague (roles, unit,
 * participation), with the deputy's own clearance.
 */
@Service
public class AccessControl {

    private final OrganizationDirectory organization;
    private final AuditLog audit;

    AccessControl(OrganizationDirectory organization, AuditLog audit) {
        this.organization = organization;
        this.audit = audit;
    }

    public boolean may(CurrentUser user, Permission permission, ProtectedObject object) {
        if (user == null || object == null || !user.clearance().covers(object.secrecy())) {
            return false;
        }
        if (object.agencyId() == null || !object.agencyId().equals(user.agencyId())) {
            return false;
        }
        if (permission == Permission.SIGN) {
            return signs(user.roles(), user.signingAuthority());
        }
        if (allows(user.id(), user.unitId(), user.roles(), permission, object)) {
            return true;
        }
        var delegator = user.delegator();
        return delegator != null && allows(delegator.userId(), delegator.unitId(), delegator.roles(), permission,
                object);
    }

    /**
     * Whether {@code person} may sign {@code object} for the agency, e.g. when a drafter names them as the signer of
     * a review circuit: the same rule as {@link #may} with {@link Permission#SIGN}.
     */
    public boolean maySign(UserSummary person, ProtectedObject object) {
        return person != null && object != null && person.enabled() && person.clearance().covers(object.secrecy())
                && object.agencyId() != null && object.agencyId().equals(person.agencyId())
                && signs(person.roles(), person.signingAuthority());
    }

    /**
     * Whether {@code person} may learn that a record of this secrecy exists at all: notifications, e-mails, counts
     * and summaries about it reach only those whose clearance covers it.
     */
    public boolean mayKnowOf(UserSummary person, Secrecy secrecy) {
        return person != null && person.clearance().covers(secrecy);
    }

    /**
     * Separation of duties: the person who drafted a record never approves or signs it, whatever their role or
     * authority. {@code drafterId} is the record's drafter.
     */
    public boolean mayApprove(Long personId, Long drafterId) {
        return personId != null && !personId.equals(drafterId);
    }

    /**
     * Meetings: the agency's leaders oversee every meeting; its organisers and those invited (in person, as deputy,
     * with their unit, or as a connection point's host) take part. A deputy standing in for an absent colleague sees
     * the colleague's meetings.
     */
    public boolean mayViewMeeting(CurrentUser user, MeetingParties meeting) {
        if (user == null || meeting == null || !meeting.agencyId().equals(user.agencyId())) {
            return false;
        }
        return actingAs(user, (id, unit, roles) -> roles.contains(Role.LEADER) || partOf(meeting, id, unit));
    }

    /** Whether the person takes part in the meeting (organiser or invited), as against overseeing it as a leader. */
    public boolean takesPart(CurrentUser user, MeetingParties meeting) {
        return user != null && meeting != null && meeting.agencyId().equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> partOf(meeting, id, unit));
    }

    private static boolean partOf(MeetingParties meeting, Long userId, Long unitId) {
        return meeting.organisers().contains(userId) || meeting.people().contains(userId)
                || (unitId != null && meeting.units().contains(unitId));
    }

    /** Only a meeting's organisers (chair, secretary, whoever scheduled it) change it, themselves or by a deputy. */
    public boolean mayOrganise(CurrentUser user, MeetingParties meeting) {
        return user != null && meeting != null && meeting.agencyId().equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> meeting.organisers().contains(id));
    }

    /**
     * Monitoring a Party document's implementation for a unit: the agency's leaders for any unit; a unit head for
     * their unit and those below it; an officer for their own unit.
     */
    public boolean mayManageImplementation(CurrentUser user, Long agencyId, Long unitId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId()) && actingAs(user,
                (id, unit, roles) -> roles.contains(Role.LEADER) || belongsTo(unit, roles, unitId));
    }

    /** A unit's implementation report is written by that unit: its head (also from above) and its officers. */
    public boolean mayReportFor(CurrentUser user, Long agencyId, Long unitId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId()) && actingAs(user,
                (id, unit, roles) -> belongsTo(unit, roles, unitId));
    }

    /** The exchange queue of an agency (received packages, deliveries) is its clerks' work. */
    public boolean handlesExchange(CurrentUser user, Long agencyId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.CLERK));
    }

    /** A stored file that no record holds yet is its uploader's alone. */
    public boolean mayReadUpload(CurrentUser user, Long uploaderId) {
        return user != null && uploaderId != null && uploaderId.equals(user.id());
    }

    /**
     * Personnel records (hồ sơ cán bộ) of an agency: the person the record is about sees it; so do the agency's
     * personnel office — the people who work in the unit in charge of personnel ({@code personnelUnitId}, named by the
     * people module's setting {@code eoffice.people.personnel-unit}) as clerk, unit head or officer, not an
     * administrator by that role alone — and the agency's leaders. Nobody else may know the record exists. A deputy
     * under an absence delegation sees what the absent colleague's roles and unit allow, never their own record.
     */
    public boolean mayViewPersonnelRecord(CurrentUser user, Long agencyId, Long personUserId, Long personnelUnitId) {
        if (user == null || agencyId == null || !agencyId.equals(user.agencyId())) {
            return false;
        }
        return (personUserId != null && personUserId.equals(user.id())) || mayBrowsePersonnel(user, agencyId,
                personnelUnitId);
    }

    /** Browsing an agency's personnel records and job positions: its personnel office and its leaders. */
    public boolean mayBrowsePersonnel(CurrentUser user, Long agencyId, Long personnelUnitId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId()) && actingAs(user,
                (id, unit, roles) -> roles.contains(Role.LEADER) || personnelOffice(unit, roles, personnelUnitId));
    }

    /** Keeping personnel records and job positions (create, change, assign): the agency's personnel office only. */
    public boolean mayKeepPersonnelRecords(CurrentUser user, Long agencyId, Long personnelUnitId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> personnelOffice(unit, roles, personnelUnitId));
    }

    /**
     * Succession plans (quy hoạch cán bộ, Quy định 377-QĐ/TW) of an agency are seen by its leaders and its personnel
     * office only (as personnel records are browsed); nobody else may learn that a plan, or a candidate in it, exists.
     */
    public boolean mayViewSuccession(CurrentUser user, Long agencyId, Long personnelUnitId) {
        return mayBrowsePersonnel(user, agencyId, personnelUnitId);
    }

    /** Keeping succession plans (draft, candidates, votes, yearly review, standards): the personnel office only. */
    public boolean mayKeepSuccession(CurrentUser user, Long agencyId, Long personnelUnitId) {
        return mayKeepPersonnelRecords(user, agencyId, personnelUnitId);
    }

    /** Approving or returning a submitted succession plan: the agency's leaders (also as an absent one's deputy). */
    public boolean mayApproveSuccession(CurrentUser user, Long agencyId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.LEADER));
    }

    /** Whether an account (a notification's recipient) approves the agency's succession plans. */
    public boolean approvesSuccession(UserSummary person, Long agencyId) {
        return person.enabled() && agencyId.equals(person.agencyId()) && person.roles().contains(Role.LEADER);
    }

    /** Whether an account (a notification's recipient) keeps the agency's succession plans. */
    public boolean keepsSuccession(UserSummary person, Long agencyId, Long personnelUnitId) {
        return person.enabled() && agencyId.equals(person.agencyId())
                && personnelOffice(person.unitId(), person.roles(), personnelUnitId);
    }

    /**
     * A competency assessment (đánh giá năng lực) is seen by whoever sees the person's record and by the head of the
     * person's unit (also as deputy under an absence delegation).
     */
    public boolean mayViewCompetency(CurrentUser user, Long agencyId, Long personUserId, Long personUnitId,
            Long personnelUnitId) {
        return mayViewPersonnelRecord(user, agencyId, personUserId, personnelUnitId) || (user != null
                && agencyId != null && agencyId.equals(user.agencyId()) && actingAs(user, (id, unit, roles) ->
                        roles.contains(Role.UNIT_HEAD) && unit != null && unit.equals(personUnitId)));
    }

    /**
     * Reviewing a competency self-assessment: the head of the person's unit, or, when the person heads the unit
     * himself or has none ({@code byLeaders}), the agency's leaders; a deputy under an absence delegation reviews as
     * the absent colleague. Nobody reviews his own assessment, not even as another's deputy.
     */
    public boolean mayReviewCompetency(CurrentUser user, Long agencyId, Long personUserId, Long personUnitId,
            boolean byLeaders) {
        if (user == null || agencyId == null || !agencyId.equals(user.agencyId())
                || (personUserId != null && personUserId.equals(user.id()))) {
            return false;
        }
        return actingAs(user, (id, unit, roles) -> !id.equals(personUserId) && (byLeaders
                ? roles.contains(Role.LEADER)
                : roles.contains(Role.UNIT_HEAD) && unit != null && unit.equals(personUnitId)));
    }

    /**
     * An evaluation sheet (phiếu đánh giá, xếp loại) is seen by the person it rates, the head of the person's unit,
     * the agency's leaders and its personnel office (also as deputy under an absence delegation); nobody else learns
     * it exists.
     */
    public boolean mayViewEvaluation(CurrentUser user, Long agencyId, Long personUserId, Long personUnitId,
            Long personnelUnitId) {
        return mayViewCompetency(user, agencyId, personUserId, personUnitId, personnelUnitId);
    }

    /**
     * The evaluation results of a unit (or, {@code unitId} null, of the whole agency) — lists, distribution, quotas,
     * exports: the agency's leaders and personnel office for any; the head of a unit for his own unit.
     */
    public boolean mayBrowseEvaluations(CurrentUser user, Long agencyId, Long unitId, Long personnelUnitId) {
        return mayBrowsePersonnel(user, agencyId, personnelUnitId) || (user != null && agencyId != null
                && unitId != null && agencyId.equals(user.agencyId()) && actingAs(user, (id, unit, roles) ->
                        roles.contains(Role.UNIT_HEAD) && unitId.equals(unit)));
    }

    /**
     * Proposing a rating and recording the unit's collective meeting: the head of the person's unit or, when the
     * person heads a unit, has none or leads the agency ({@code byLeaders}), the agency's leaders; never for oneself,
     * not even as another's deputy (the rule of {@link #mayReviewCompetency}).
     */
    public boolean mayProposeEvaluation(CurrentUser user, Long agencyId, Long personUserId, Long personUnitId,
            boolean byLeaders) {
        return mayReviewCompetency(user, agencyId, personUserId, personUnitId, byLeaders);
    }

    /** The rating is decided by a leader of the agency (Lãnh đạo ban), never his own. */
    public boolean mayDecideEvaluation(CurrentUser user, Long agencyId, Long personUserId) {
        return user != null && agencyId != null && agencyId.equals(user.agencyId())
                && (personUserId == null || !personUserId.equals(user.id()))
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.LEADER) && !id.equals(personUserId));
    }

    /** Evaluation periods are opened by the agency's personnel office or its leaders. */
    public boolean mayOpenEvaluationPeriod(CurrentUser user, Long agencyId, Long personnelUnitId) {
        return mayBrowsePersonnel(user, agencyId, personnelUnitId);
    }

    private static boolean personnelOffice(Long unit, java.util.Set<Role> roles, Long personnelUnitId) {
        return unit != null && unit.equals(personnelUnitId)
                && (roles.contains(Role.CLERK) || roles.contains(Role.UNIT_HEAD) || roles.contains(Role.OFFICER));
    }

    private boolean belongsTo(Long unit, java.util.Set<Role> roles, Long unitId) {
        if (unit == null || unitId == null) {
            return false;
        }
        return (roles.contains(Role.UNIT_HEAD) && organization.isWithin(unitId, unit))
                || (roles.contains(Role.OFFICER) && unit.equals(unitId));
    }

    /** The rule tried as the person, then, under an absence delegation, as the colleague they stand in for. */
    private static boolean actingAs(CurrentUser user, Rule rule) {
        if (rule.allows(user.id(), user.unitId(), user.roles())) {
            return true;
        }
        var delegator = user.delegator();
        return delegator != null && rule.allows(delegator.userId(), delegator.unitId(), delegator.roles());
    }

    @FunctionalInterface
    private interface Rule {
        boolean allows(Long userId, Long unitId, java.util.Set<Role> roles);
    }

    private static boolean signs(java.util.Set<Role> roles, SigningAuthority authority) {
        return roles.contains(Role.LEADER) || authority != null;
    }

    /** Throws (and audits the refusal) unless {@link #may} allows it. */
    public void check(CurrentUser user, Permission permission, ProtectedObject object, String objectType,
            Object objectId) {
        if (!may(user, permission, object)) {
            audit.recordAttempt("ACCESS_" + permission, objectType, objectId, null, Outcome.DENIED);
            throw new AccessDeniedException("denied");
        }
    }

    private boolean allows(Long userId, Long unitId, java.util.Set<Role> roles, Permission permission,
            ProtectedObject object) {
        if (permission == Permission.ADMINISTER) {
            return roles.contains(Role.ADMIN);
        }
        if (object.participantUserIds().contains(userId)) {
            return true;
        }
        // a person may hold several roles: each one can only add rights, so no branch may answer "no" early
        if (roles.contains(Role.CLERK)) {
            return true;
        }
        if (roles.contains(Role.LEADER)
                && (permission == Permission.VIEW || participatesAsUnit(unitId, object, true))) {
            return true;
        }
        if (roles.contains(Role.UNIT_HEAD) && unitId != null
                && (organization.isWithin(object.ownerUnitId(), unitId) || participatesAsUnit(unitId, object, true))) {
            return true;
        }
        return roles.contains(Role.OFFICER) && unitId != null && permission == Permission.VIEW
                && (unitId.equals(object.ownerUnitId()) || participatesAsUnit(unitId, object, false));
    }

    private boolean participatesAsUnit(Long unitId, ProtectedObject object, boolean includingSubUnits) {
        if (unitId == null) {
            return false;
        }
        return object.participantUnitIds().stream().anyMatch(participant -> includingSubUnits
                ? organization.isWithin(participant, unitId)
                : participant.equals(unitId));
    }

    /** What {@code user} may VIEW, as a filter for list queries; kept next to {@link #may} so both say the same. */
    public ListScope listScope(CurrentUser user) {
        var levels = java.util.EnumSet.noneOf(Secrecy.class);
        for (Secrecy level : Secrecy.values()) {
            if (user.clearance().covers(level)) {
                levels.add(level);
            }
        }
        var owners = new java.util.HashSet<Long>();
        var units = new java.util.HashSet<Long>();
        var users = new java.util.HashSet<Long>();
        boolean whole = widen(user.id(), user.unitId(), user.roles(), owners, units, users);
        var delegator = user.delegator();
        if (delegator != null) {
            whole |= widen(delegator.userId(), delegator.unitId(), delegator.roles(), owners, units, users);
        }
        return new ListScope(user.agencyId(), levels, whole, owners, units, users);
    }

    private boolean widen(Long userId, Long unitId, java.util.Set<Role> roles, java.util.Set<Long> owners,
            java.util.Set<Long> units, java.util.Set<Long> users) {
        users.add(userId);
        if (roles.contains(Role.LEADER) || roles.contains(Role.CLERK)) {
            return true;
        }
        if (roles.contains(Role.UNIT_HEAD) && unitId != null) {
            var subtree = organization.unitAndDescendants(unitId);
            owners.addAll(subtree);
            units.addAll(subtree);
        } else if (roles.contains(Role.OFFICER) && unitId != null) {
            owners.add(unitId);
            units.add(unitId);
        }
        return false;
    }

    // --- study (học tập, quán triệt nghị quyết) ---

    /** Planning a study programme, its materials and conference: the organising agency's leaders, heads and officers. */
    public boolean mayOrganiseStudy(CurrentUser user, Long organiserAgencyId) {
        return user != null && organiserAgencyId != null && organiserAgencyId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.LEADER) || roles.contains(Role.UNIT_HEAD)
                        || roles.contains(Role.OFFICER));
    }

    /**
     * A study programme is seen by everyone of the organising agency (the commission sees all committees) and by the
     * people of the committees taking part, each of whom sees only their own committee's learners and figures.
     */
    public boolean mayViewStudy(CurrentUser user, Long organiserAgencyId, java.util.Collection<Long> committeeIds) {
        return user != null && (java.util.Objects.equals(organiserAgencyId, user.agencyId())
                || committeeIds.contains(user.agencyId()));
    }

    /** Whether the user sees every committee of a programme (the organiser) rather than only his own. */
    public boolean mayViewEveryStudyCommittee(CurrentUser user, Long organiserAgencyId) {
        return user != null && java.util.Objects.equals(organiserAgencyId, user.agencyId());
    }

    /**
     * Acting for a committee in a programme (registering learners, attendance, make-up classes, grading reflections,
     * submitting its action programme): the committee's clerk, leaders and heads, also as an absent one's deputy.
     */
    public boolean mayActForStudyCommittee(CurrentUser user, Long committeeAgencyId) {
        return mayReportForCommittee(user, committeeAgencyId);
    }

    /** Whether an account (a notification's recipient) acts for a committee in a study programme. */
    public boolean actsForStudyCommittee(UserSummary person, Long committeeAgencyId) {
        return person.enabled() && committeeAgencyId.equals(person.agencyId())
                && (person.roles().contains(Role.CLERK) || person.roles().contains(Role.LEADER)
                        || person.roles().contains(Role.UNIT_HEAD));
    }

    // --- monitoring committees ---

    /**
     * A Party committee under the province reports on the commission's monitored documents: its clerk, leaders and
     * unit heads write its report and action programme (themselves or as deputies).
     */
    public boolean mayReportForCommittee(CurrentUser user, Long committeeId) {
        return user != null && committeeId != null && committeeId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.CLERK) || roles.contains(Role.LEADER)
                        || roles.contains(Role.UNIT_HEAD));
    }

    /**
     * Asking the committees under the province for reports and action programmes is a commission's work (its
     * leaders, or its unit heads and officers for their unit), never a committee's towards its peers.
     */
    public boolean mayMonitorCommittees(CurrentUser user, Long unitId) {
        return user != null && mayManageImplementation(user, user.agencyId(), unitId)
                && organization.agency(user.agencyId()).kind() != vn.eoffice.organization.AgencyKind.PARTY_COMMITTEE;
    }

    /** Who sees a committee's reports: the people of that committee, and the commission that monitors it. */
    public boolean mayViewCommitteeReports(CurrentUser user, Long commissionId, Long committeeId) {
        return user != null && (user.agencyId().equals(commissionId) || user.agencyId().equals(committeeId));
    }

    /**
     * For an external committee, the commission records what came through the exchange or on paper and chases it:
     * those who manage the document's implementation, and the commission's clerks (they receive the mail).
     */
    public boolean mayRecordForCommittee(CurrentUser user, Long commissionId, Long responsibleUnitId) {
        return mayManageImplementation(user, commissionId, responsibleUnitId) || (user != null
                && commissionId != null && commissionId.equals(user.agencyId())
                && actingAs(user, (id, unit, roles) -> roles.contains(Role.CLERK)));
    }

    // --- conference points of hosted committees (study programme's multi-level conference) ---

    /**
     * Running a hosted agency's connection point of a conference (readiness checks, attendance): the agency's clerk,
     * leaders and heads, also as an absent one's deputy — the people who act for it as a study committee.
     */
    public boolean mayRunConferencePoint(CurrentUser user, Long pointAgencyId) {
        return mayActForStudyCommittee(user, pointAgencyId);
    }

    /** Seeing a conference another agency organises, as the people running one of its connection points. */
    public boolean mayViewConferenceAsPoint(CurrentUser user, java.util.Collection<Long> pointAgencyIds) {
        return user != null && pointAgencyIds.contains(user.agencyId())
                && mayRunConferencePoint(user, user.agencyId());
    }

    /** Whether an account (a notification's recipient) runs a hosted agency's connection point. */
    public boolean runsConferencePoint(UserSummary person, Long pointAgencyId) {
        return actsForStudyCommittee(person, pointAgencyId);
    }

    // --- study rosters and learners ---

    /**
     * A committee's roster of Party members is read by its own people and by the commission organising a programme
     * the committee takes part in ({@code organiserAgencyIds}), read-only for the latter.
     */
    public boolean mayViewPartyRoster(CurrentUser user, Long rosterAgencyId,
            java.util.Collection<Long> organiserAgencyIds) {
        return user != null && (java.util.Objects.equals(rosterAgencyId, user.agencyId())
                || organiserAgencyIds.contains(user.agencyId()));
    }
}
