package vn.eoffice.documents;

/**
 * An incoming document was registered (vào sổ); its arrival number (số đến) is on the document.
 */
public record DocumentRegistered(Long documentId, Long agencyId, boolean urgent) {
}
