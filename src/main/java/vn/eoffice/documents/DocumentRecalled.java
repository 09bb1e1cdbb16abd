package vn.eoffice.documents;

/**
 * A released document was recalled (thu hồi) with a reason; its recipients see it withdrawn.
 */
public record DocumentRecalled(Long documentId, Long agencyId, String notation, String reason) {
}
