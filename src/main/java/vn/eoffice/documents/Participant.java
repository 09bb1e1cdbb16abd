package vn.eoffice.documents;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person or a unit (one of the two) taking part in a document.
 */
@Embeddable
public record Participant(Long userId, Long unitId, @Enumerated(EnumType.STRING) ParticipantRole role) {

    public static Participant user(Long userId, ParticipantRole role) {
        return new Participant(userId, null, role);
    }

    public static Participant unit(Long unitId, ParticipantRole role) {
        return new Participant(null, unitId, role);
    }
}
