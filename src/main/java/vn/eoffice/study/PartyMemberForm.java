package vn.eoffice.study;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the commune's clerk enters for a Party member: cell, name, card number, position, key leader or not. */
public record PartyMemberForm(
        @NotBlank(message = "{study.member.cell.required}") @Size(max = 200, message = "{study.member.cell.tooLong}")
        String cell,
        @NotBlank(message = "{study.member.name.required}") @Size(max = 200, message = "{study.member.name.tooLong}")
        String fullName,
        @Pattern(regexp = "^[0-9A-Za-z.\\-]{0,30}$", message = "{study.member.card.invalid}") String cardNumber,
        @Size(max = 200, message = "{study.member.position.tooLong}") String position,
        Boolean keyLeader) {

    /** An unticked key-leader box is sent as nothing: not a key leader. */
    public PartyMemberForm {
        keyLeader = Boolean.TRUE.equals(keyLeader);
    }
}
