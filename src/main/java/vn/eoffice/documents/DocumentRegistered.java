package vn.eoffice.documents;

/**
 * An incoming document was registered with its arrival number (số đến).
 */
public record DocumentRegistered(Long documentId, Long agencyId, long arrivalNumber, boolean urgent) {
}
