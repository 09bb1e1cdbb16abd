package vn.eoffice.documents;

/**
 * An incoming document was submitted to a leader for a directive (trình lãnh đạo).
 */
public record DocumentSubmitted(Long documentId, Long leaderId, String summary, boolean urgent) {
}
