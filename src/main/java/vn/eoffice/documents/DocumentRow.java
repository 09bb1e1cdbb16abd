package vn.eoffice.documents;

import java.time.Instant;
import java.time.LocalDate;

import vn.eoffice.platform.Secrecy;

/**
 * One line of a document list: metadata only, never the text of the files.
 */
public record DocumentRow(Long id, Direction direction, DocumentStatus status, Long registerNumber,
        LocalDate arrivalDate, Instant receivedAt, String notation, LocalDate documentDate, String typeCode,
        String summary, String issuerName, Urgency urgency, Secrecy secrecy, LocalDate deadline) {

    static DocumentRow of(Document d) {
        return new DocumentRow(d.getId(), d.getDirection(), d.getStatus(), d.getRegisterNumber(), d.getArrivalDate(),
                d.getReceivedAt(), d.getNotation(), d.getDocumentDate(), d.getTypeCode(), d.getSummary(),
                d.getIssuerName(), d.getUrgency(), d.getSecrecy(), d.getDeadline());
    }

    public boolean overdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && status != DocumentStatus.DONE
                && status != DocumentStatus.RECALLED && status != DocumentStatus.REPLACED;
    }
}
