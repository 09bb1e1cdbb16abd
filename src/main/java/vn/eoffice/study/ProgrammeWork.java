package vn.eoffice.study;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.AccessControl;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * The organiser's study work in the queue: programmes still in draft, waiting to be opened to the committees, and
 * committees' conference points not ready the day before (or on the day of) the conference.
 */
@Component
@Transactional(readOnly = true)
class ProgrammeWork implements WaitingWork {

    static final String AREA = "queue.area.study";
    static final String DRAFTS = "queue.study.DRAFT";
    static final String NOT_READY = "queue.study.NOT_READY";

    private final Programmes programmes;
    private final AccessControl control;
    private final ConferenceSetup conferences;

    ProgrammeWork(Programmes programmes, AccessControl control, ConferenceSetup conferences) {
        this.programmes = programmes;
        this.control = control;
        this.conferences = conferences;
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !control.mayOrganiseStudy(user, user.agencyId())) {
            return List.of();
        }
        long drafts = programmes.countByAgencyIdAndStatus(user.agencyId(), ProgrammeStatus.DRAFT);
        int notReady = conferences.notReadyByTomorrow(user);
        return List.of(new WaitingStep(AREA, DRAFTS, drafts, "/study"),
                new WaitingStep(AREA, NOT_READY, notReady, "/study"));
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String kind, int limit) {
        if (!(actor instanceof CurrentUser user) || !DRAFTS.equals(kind)
                || !control.mayOrganiseStudy(user, user.agencyId())) {
            return List.of();
        }
        return programmes.findByAgencyIdAndStatusOrderByStudyFromAscIdAsc(user.agencyId(), ProgrammeStatus.DRAFT)
                .stream().limit(limit)
                .map(p -> new WaitingItem(p.getTitle(), "/study/programmes/" + p.getId())).toList();
    }
}
