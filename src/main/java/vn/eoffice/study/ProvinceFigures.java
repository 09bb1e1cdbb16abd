package vn.eoffice.study;

import java.util.List;

/** The figures of every open programme a reader sees, one block per programme, with the grand total if he may. */
public record ProvinceFigures(List<ProgrammeFigures> programmes, CommitteeFigures total) {

    public boolean showsTotal() {
        return total != null;
    }
}
