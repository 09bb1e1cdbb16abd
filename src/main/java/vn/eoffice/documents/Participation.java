package vn.eoffice.documents;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A participant as stored with its document, together with the unit that owns the document ({@link Document} keeps
 * the two in step): a list then finds the documents someone takes part in outside their own units' documents from
 * the participant rows alone, without reading the documents.
 */
@Embeddable
record Participation(Long userId, Long unitId, @Enumerated(EnumType.STRING) ParticipantRole role, Long ownerUnitId) {

    Participation(Participant participant, Long ownerUnitId) {
        this(participant.userId(), participant.unitId(), participant.role(), ownerUnitId);
    }

    Participant participant() {
        return new Participant(userId, unitId, role);
    }

    Participation ownedBy(Long ownerUnitId) {
        return new Participation(userId, unitId, role, ownerUnitId);
    }
}
