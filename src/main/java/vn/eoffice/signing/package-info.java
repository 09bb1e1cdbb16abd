/**
 * Digital signatures (chữ ký số): PAdES signing of PDFs with a personal or the agency's certificate and the
 * signature appearance of Decree 30 Phụ lục I, keys and trust anchors, verification of incoming signatures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing",
        allowedDependencies = { "audit", "files", "identity", "organization", "platform" })
package vn.eoffice.signing;
