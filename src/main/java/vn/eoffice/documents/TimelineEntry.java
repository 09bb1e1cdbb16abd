package vn.eoffice.documents;

import java.time.Instant;

/**
 * One step in a document's life as its page shows it: when, who (and for whom, when acting by delegation), what
 * ({@code kind}, a message key under {@code document.event.}) and the note left with it.
 */
public record TimelineEntry(Instant occurredAt, Long actorId, Long actingFor, String kind, String note) {

    static TimelineEntry of(DocumentEvent event) {
        return new TimelineEntry(event.getOccurredAt(), event.getActorId(), event.getActingFor(), event.getKind(),
                event.getNote());
    }
}
