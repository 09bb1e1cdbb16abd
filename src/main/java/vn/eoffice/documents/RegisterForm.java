package vn.eoffice.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A register as the administrator configures it.
 */
public record RegisterForm(
        @NotNull(message = "{register.agency.required}") Long agencyId,
        @NotNull(message = "{register.kind.required}") RegisterKind kind,
        @NotBlank(message = "{register.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        Boolean partyRules,
        @NotNull(message = "{register.policy.required}") NumberingPolicy.Scope scope,
        @NotNull(message = "{register.policy.required}") NumberingPolicy.Reset reset,
        @NotNull(message = "{register.policy.required}") NumberingPolicy.SecretSeries secretSeries,
        @NotBlank(message = "{register.format.invalid}") @Size(max = 60, message = "{register.format.invalid}") String format,
        @Size(max = 60, message = "{register.format.invalid}") String untypedFormat,
        Boolean secretOnly,
        @Size(max = 20, message = "{register.separateSeries.tooLong}") String separateSeries,
        Boolean active) {

    /** Unticked checkboxes send nothing: absent means no. */
    public RegisterForm {
        partyRules = Boolean.TRUE.equals(partyRules);
        secretOnly = Boolean.TRUE.equals(secretOnly);
        active = Boolean.TRUE.equals(active);
    }

    public static RegisterForm of(Register register) {
        var policy = register.getPolicy();
        return new RegisterForm(register.getAgencyId(), register.getKind(), register.getName(),
                register.isPartyRules(), policy.scope(), policy.reset(), policy.secretSeries(), policy.format(),
                policy.untypedFormat(), register.isSecretOnly(), register.getSeparateSeries(), register.isActive());
    }

    public static RegisterForm blank(Long agencyId, boolean party) {
        var policy = party ? NumberingPolicy.party() : NumberingPolicy.state();
        return new RegisterForm(agencyId, RegisterKind.OUTGOING, null, party, policy.scope(), policy.reset(),
                policy.secretSeries(), policy.format(), policy.untypedFormat(), false, null, true);
    }

    /** The name of a separate series, or null for the agency's common series of the register's rule. */
    String separateSeriesName() {
        return separateSeries == null || separateSeries.isBlank() ? null : separateSeries.trim();
    }

    NumberingPolicy policy() {
        return new NumberingPolicy(scope, reset, secretSeries, format.trim(),
                untypedFormat == null ? null : untypedFormat.trim());
    }
}
