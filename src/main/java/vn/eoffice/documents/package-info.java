/**
 * Registers (sổ văn bản) and lawful numbering, incoming and outgoing documents, directives, case files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = { "audit", "files", "identity", "organization", "platform", "signing", "tasks" })
package vn.eoffice.documents;
