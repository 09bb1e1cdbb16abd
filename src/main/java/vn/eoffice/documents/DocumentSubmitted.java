package vn.eoffice.documents;

import vn.eoffice.platform.Secrecy;

/**
 * An incoming document was submitted to a leader for a directive (trình lãnh đạo).
 */
public record DocumentSubmitted(Long documentId, Long leaderId, String summary, boolean urgent, Secrecy secrecy) {
}
