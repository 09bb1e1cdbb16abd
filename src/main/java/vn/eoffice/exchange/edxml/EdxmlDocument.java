package vn.eoffice.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The content of a document package (gói tin văn bản): the MessageHeader, the trace of agencies it passed through,
 * the business kind (new, recall, update, replace) and the attachments.
 */
public record EdxmlDocument(Organization from, List<Organization> to, String documentId, String codeNumber,
        String codeNotation, String place, LocalDate promulgationDate, int type, String typeDetail, String typeName,
        String subject, String content, SignerInfo signer, LocalDate dueDate, List<String> toPlaces,
        OtherInfo otherInfo, List<ResponseFor> responseFor, Integer steeringType, List<TraceHeader> traces,
        Business business, List<Attachment> attachments, LocalTime dueTime) {

    /** A package without a time on its DueDate (only "hỏa tốc hẹn giờ", priority 4, carries one). */
    public EdxmlDocument(Organization from, List<Organization> to, String documentId, String codeNumber,
            String codeNotation, String place, LocalDate promulgationDate, int type, String typeDetail,
            String typeName, String subject, String content, SignerInfo signer, LocalDate dueDate,
            List<String> toPlaces, OtherInfo otherInfo, List<ResponseFor> responseFor, Integer steeringType,
            List<TraceHeader> traces, Business business, List<Attachment> attachments) {
        this(from, to, documentId, codeNumber, codeNotation, place, promulgationDate, type, typeDetail, typeName,
                subject, content, signer, dueDate, toPlaces, otherInfo, responseFor, steeringType, traces, business,
                attachments, null);
    }

    public EdxmlDocument {
        to = List.copyOf(to);
        toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
        responseFor = responseFor == null ? List.of() : List.copyOf(responseFor);
        traces = traces == null ? List.of() : List.copyOf(traces);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same document as a recall (thu hồi) of it: no attachments, business kind 1. */
    public EdxmlDocument asRecall(String reason, Instant at) {
        return new EdxmlDocument(from, to, documentId, codeNumber, codeNotation, place, promulgationDate, type,
                typeDetail, typeName, subject, content, signer, dueDate, toPlaces, otherInfo, responseFor,
                steeringType, List.of(new TraceHeader(from.organId(), at)),
                new Business(Business.RECALL, reason, List.of(), business == null ? null : business.paper(),
                        business == null ? List.of() : business.staff()), List.of(), dueTime);
    }

    public record SignerInfo(String competence, String position, String fullName) {
    }

    public record OtherInfo(int priority, String sphereOfPromulgation, String typerNotation,
            Integer promulgationAmount, Integer pageAmount, List<String> appendixes) {

        public OtherInfo {
            appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
        }
    }

    /** A document this one answers (ResponseFor). */
    public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
    }

    public record TraceHeader(String organId, Instant timestamp) {
    }

    /**
     * Bussiness (spelt as in the standard): 0 new, 1 recall, 2 update, 3 replace; Paper 1 when a paper copy is also
     * sent; StaffInfo the clerks who sent it.
     */
    public record Business(int docType, String docReason, List<String> replacedDocumentIds, Integer paper,
            List<EdxmlStatus.StaffInfo> staff) {

        public static final int NEW = 0;
        public static final int RECALL = 1;
        public static final int UPDATE = 2;
        public static final int REPLACE = 3;

        public Business(int docType, String docReason, List<String> replacedDocumentIds) {
            this(docType, docReason, replacedDocumentIds, null, List.of());
        }

        public Business {
            replacedDocumentIds = replacedDocumentIds == null ? List.of() : List.copyOf(replacedDocumentIds);
            staff = staff == null ? List.of() : List.copyOf(staff);
        }
    }

    /** A file carried base64-encoded in the package and listed in its manifest. */
    public record Attachment(String contentId, String name, String contentType, String description, byte[] content) {
    }
}
