package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.List;

import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningCapacity;

/**
 * A document as the exchange between agencies packages it (QCVN 102 edXML): its number and symbol, type, summary,
 * signer and the line signed under, urgency, copies and pages, the drafter, and its files in order; with its status
 * and secrecy, which decide whether it may be sent or corrected.
 */
public record SentDocument(Long id, Long agencyId, DocumentStatus status, Secrecy secrecy, String typeCode,
        String notation, String summary, String note, LocalDate documentDate, LocalDate deadline, Urgency urgency,
        String signerName, String signerPosition, SigningCapacity signingCapacity, Integer copies, Integer pageCount,
        Long createdBy, List<DocumentFile> files) {

    static SentDocument of(Document d) {
        return new SentDocument(d.getId(), d.getAgencyId(), d.getStatus(), d.getSecrecy(), d.getTypeCode(),
                d.getNotation(), d.getSummary(), d.getNote(), d.getDocumentDate(), d.getDeadline(), d.getUrgency(),
                d.getSignerName(), d.getSignerPosition(), d.getSigningCapacity(), d.getCopies(), d.getPageCount(),
                d.getCreatedBy(), d.getFiles());
    }

    /** Released and so sent: only such a document may be corrected or replaced. */
    public boolean released() {
        return status == DocumentStatus.RELEASED;
    }
}
