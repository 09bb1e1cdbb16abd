package vn.eoffice.documents;

/**
 * A type of document (thể loại văn bản: Nghị quyết, Công văn…) as forms and other modules see it: its code, its name,
 * whether Party and State documents use it, and whether it is still offered for new documents.
 */
public record DocumentTypeView(String code, String name, boolean party, boolean state, boolean active) {

    static DocumentTypeView of(DocumentType type) {
        return new DocumentTypeView(type.getCode(), type.getName(), type.isParty(), type.isState(), type.isActive());
    }
}
