package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.eoffice.platform.Secrecy;

/**
 * A document's searchable facts and the facts of its access rule, for modules that keep a projection of it.
 */
public record DocumentSnapshot(Long id, Long agencyId, Direction direction, DocumentStatus status, String typeCode,
        Long registerId, String notation, String summary, String issuerName, LocalDate documentDate,
        LocalDate arrivalDate, Urgency urgency, Secrecy secrecy, Long ownerUnitId, Set<Long> participantUserIds,
        Set<Long> participantUnitIds, List<Long> fileIds) {

    static DocumentSnapshot of(Document document) {
        var protection = DocumentManagement.protection(document);
        return new DocumentSnapshot(document.getId(), document.getAgencyId(), document.getDirection(),
                document.getStatus(), document.getTypeCode(), document.getRegisterId(), document.getNotation(),
                document.getSummary(), document.getIssuerName(), document.getDocumentDate(),
                document.getArrivalDate(), document.getUrgency(), document.getSecrecy(), document.getOwnerUnitId(),
                protection.participantUserIds(), protection.participantUnitIds(),
                document.getFiles().stream().map(DocumentFile::fileId).toList());
    }
}
