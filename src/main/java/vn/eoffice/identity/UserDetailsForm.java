package vn.eoffice.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.eoffice.platform.Secrecy;

/**
 * A person's details as an administrator enters them (also the API's request body).
 */
public record UserDetailsForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{user.username.pattern}") String username,
        @NotBlank(message = "{user.fullName.required}") @Size(max = 150, message = "{field.tooLong}") String fullName,
        @Size(max = 150, message = "{field.tooLong}") String title,
        @Email(message = "{user.email.invalid}") @Size(max = 150, message = "{field.tooLong}") String email,
        @Size(max = 30, message = "{field.tooLong}") String phone,
        @NotNull(message = "{user.agency.required}") Long agencyId,
        Long unitId,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        @NotNull(message = "{user.clearance.required}") Secrecy clearance,
        boolean enabled) {
}
