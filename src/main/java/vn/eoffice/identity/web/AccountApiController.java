package vn.eoffice.identity.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.identity.DelegationView;
import vn.eoffice.identity.SecondFactor;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.ApiController;

/**
 * What the administrator does to accounts on Quản trị → Người dùng, Ủy quyền: change a person, reset a password,
 * lift a login delay, reset a lost second factor, grant and revoke absence delegations (administrators only, as
 * the pages under /admin).
 */
@ApiController("/api/v1")
@Tag(name = "Identity")
@PreAuthorize("hasRole('ADMIN')")
class AccountApiController {

    private final UserManagement users;
    private final SecondFactor secondFactor;

    AccountApiController(UserManagement users, SecondFactor secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
    }

    /** The person's details, flat, with the {@code version} read (a stale version answers 409). */
    record UserChange(@Valid @JsonUnwrapped UserDetailsForm details, @NotNull Long version) {
    }

    record NewPassword(@NotBlank(message = "{password.required}") String password) {
    }

    record DelegationBody(@NotNull(message = "{delegation.delegator.required}") Long delegatorId,
            @NotNull(message = "{delegation.deputy.required}") Long deputyId,
            @NotNull(message = "{delegation.from.required}") LocalDate from,
            @NotNull(message = "{delegation.to.required}") LocalDate to,
            @Size(max = 500, message = "{field.tooLong}") String reason) {
    }

    record DelegationJson(Long id, Long delegatorId, Long deputyId, LocalDate from, LocalDate to, String reason,
            Instant createdAt, Instant revokedAt) {

        static DelegationJson of(DelegationView d) {
            return new DelegationJson(d.id(), d.delegatorId(), d.deputyId(), d.validFrom(), d.validTo(), d.reason(),
                    d.createdAt(), d.revokedAt());
        }
    }

    @PutMapping("/users/{id}")
    @Operation(summary = "Change a person's details, roles, unit, clearance or state (administrators)")
    UserApiController.UserResource update(@PathVariable Long id, @Valid @RequestBody UserChange body) {
        var user = users.update(id, body.version(), body.details());
        return UserApiController.UserResource.of(user, users.loginBlockedUntil(List.of(user)).get(id));
    }

    @PutMapping("/users/{id}/password")
    @Operation(summary = "Set a new password for a person, by the password policy (administrators)")
    ResponseEntity<Void> resetPassword(@PathVariable Long id, @Valid @RequestBody NewPassword body) {
        users.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/unlock")
    @Operation(summary = "Lift the delay that failed logins put on a person's next login (administrators)")
    ResponseEntity<Void> unlock(@PathVariable Long id) {
        users.unlock(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{id}/second-factor/reset")
    @Operation(summary = "Turn off a person's lost second factor so they may enrol again (administrators)")
    ResponseEntity<Void> resetSecondFactor(@PathVariable Long id) {
        secondFactor.reset(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/delegations")
    @Operation(summary = "Absence delegations, with those ended or revoked (administrators)")
    List<DelegationJson> delegations() {
        return users.delegations().stream().map(DelegationJson::of).toList();
    }

    @PostMapping("/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let a deputy act for a person between two dates (administrators)")
    ResponseEntity<DelegationJson> delegate(@Valid @RequestBody DelegationBody body) {
        var delegation = users.delegate(body.delegatorId(), body.deputyId(), body.from(), body.to(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/delegations")).body(DelegationJson.of(delegation));
    }

    @DeleteMapping("/delegations/{id}")
    @Operation(summary = "Revoke an absence delegation (administrators)")
    ResponseEntity<Void> revoke(@PathVariable Long id) {
        users.revokeDelegation(id);
        return ResponseEntity.noContent().build();
    }
}
