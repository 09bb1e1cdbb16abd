/**
 * Registers (sổ văn bản) and lawful numbering, incoming and outgoing documents, directives, case files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.eoffice.documents;
