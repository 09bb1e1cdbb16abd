package vn.eoffice.people;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * Competency assessment in the queue: the person's own self-assessment of this year while he owes it, and the
 * assessments waiting for his review (as unit head, leader, or deputy of either).
 */
@Component
@Transactional(readOnly = true)
class AssessmentWork implements WaitingWork {

    static final String SELF = "queue.people.SELF_ASSESS";
    static final String REVIEW = "queue.people.REVIEW";
    private static final String AREA = "queue.area.people";

    private final CompetencyAssessments assessments;
    private final MessageSource messages;

    AssessmentWork(CompetencyAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        var steps = new ArrayList<WaitingStep>();
        var sheet = assessments.sheet(user, null);
        if (sheet.positionId() != null) {
            steps.add(new WaitingStep(AREA, SELF, sheet.open() ? 1 : 0, "/competency"));
        }
        var waiting = assessments.waiting(user);
        if (!waiting.isEmpty() || user.hasRole(Role.UNIT_HEAD)) {
            steps.add(new WaitingStep(AREA, REVIEW, waiting.size(), "/competency#reviews"));
        }
        return steps;
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        if (SELF.equals(kind) && assessments.owesSelfAssessment(user)) {
            var sheet = assessments.sheet(user, null);
            return List.of(new WaitingItem(messages.getMessage("competency.queue.self", new Object[] {
                    String.valueOf(sheet.year()), sheet.positionName() }, LocaleContextHolder.getLocale()),
                    "/competency"));
        }
        if (REVIEW.equals(kind)) {
            return assessments.waiting(user).stream().limit(limit).map(assessments::view)
                    .map(v -> new WaitingItem(messages.getMessage("competency.queue.review", new Object[] {
                            v.personName(), String.valueOf(v.year()) }, LocaleContextHolder.getLocale()),
                            "/competency/" + v.id())).toList();
        }
        return List.of();
    }
}
