package vn.eoffice.study;

import java.util.List;

import vn.eoffice.platform.DomainException;

/** A roster file with bad rows: each with its row number and the reason; nothing of it was imported. */
public class PartyMemberImportRefused extends DomainException {

    /** A bad row: its number as the spreadsheet shows it, and the reason (a message key with arguments). */
    public record Problem(int row, String messageKey, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    PartyMemberImportRefused(List<Problem> problems) {
        super("study.member.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
