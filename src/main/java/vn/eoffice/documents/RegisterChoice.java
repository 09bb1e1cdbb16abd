package vn.eoffice.documents;

/** A register in use, as a form offers it: its name, and whether it is the book kept for secret documents only. */
public record RegisterChoice(Long id, String name, boolean secretOnly) {

    static RegisterChoice of(Register register) {
        return new RegisterChoice(register.getId(), register.getName(), register.isSecretOnly());
    }
}
