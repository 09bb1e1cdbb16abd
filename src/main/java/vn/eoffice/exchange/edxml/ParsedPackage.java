package vn.eoffice.exchange.edxml;

/**
 * A verified package: either a document package or a status package (the other is null).
 */
public record ParsedPackage(EdxmlDocument document, EdxmlStatus status) {

    public boolean isStatus() {
        return status != null;
    }

    public String senderOrganId() {
        return isStatus() ? status.from().organId() : document.from().organId();
    }
}
