package vn.eoffice.meetings;

/**
 * An invitee of a meeting as the API and the edit form show it: a person, a whole unit or a guest's e-mail, with the
 * answer given and the deputy sent.
 */
public record ParticipantView(Long id, Long userId, Long unitId, String email, Answer answer, Long deputyId) {

    static ParticipantView of(Participant p) {
        return new ParticipantView(p.getId(), p.getUserId(), p.getUnitId(), p.getEmail(), p.getAnswer(),
                p.getDeputyId());
    }
}
