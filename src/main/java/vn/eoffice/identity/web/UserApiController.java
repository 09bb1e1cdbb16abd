package vn.eoffice.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.SigningAuthority;
import vn.eoffice.identity.UserAccount;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.Secrecy;

@ApiController("/api/v1/users")
@Tag(name = "Identity", description = "People, roles and access tokens")
class UserApiController {

    /**
     * A person as the API shows them; never the password hash. {@code lockedUntil}: while failed logins make the
     * next login wait, when that wait ends.
     */
    record UserResource(Long id, String username, String fullName, String title, String email, String phone,
            Long agencyId, Long unitId, Set<Role> roles, Secrecy clearance, boolean enabled, Instant lockedUntil,
            SigningAuthority signingAuthority) {

        static UserResource of(UserAccount user, Instant blockedUntil) {
            return new UserResource(user.id(), user.username(), user.fullName(), user.title(), user.email(),
                    user.phone(), user.agencyId(), user.unitId(), user.roles(), user.clearance(), user.enabled(),
                    blockedUntil, user.signingAuthority());
        }
    }

    /** The person's details with the initial password, in one flat JSON object. */
    record NewUser(@Valid @JsonUnwrapped UserDetailsForm details,
            @NotBlank(message = "{password.required}") String password) {
    }

    /** The authority to sign the agency's documents; null takes it back. */
    record SigningAuthorityBody(SigningAuthority signingAuthority) {
    }

    record PageBody<T>(List<T> content, int page, int size, long totalElements) {
    }

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "People, by name (administrators only)",
            description = "q matches part of the full name or the username, case-insensitively.")
    PageBody<UserResource> list(@Parameter(description = "text in full name or username")
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var people = users.search(null, null, q,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        var blocked = users.loginBlockedUntil(people.getContent());
        var found = people.map(user -> UserResource.of(user, blocked.get(user.id())));
        return new PageBody<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person (administrators, or the person themself)")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "403", description = "neither an administrator nor the person")
    UserResource get(@AuthenticationPrincipal CurrentUser caller, @PathVariable Long id) {
        if (!caller.roles().contains(Role.ADMIN) && !caller.id().equals(id)) {
            throw new AccessDeniedException("not yours");
        }
        return resource(users.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a person (administrators only)",
            description = "The body holds the person's details (all fields of UserDetailsForm, 'enabled' included) "
                    + "and the initial password, which must follow the password policy. Invalid fields give 400 "
                    + "with a message per field; a broken rule (username taken, weak password) gives 400 with the "
                    + "reason in 'detail'.")
    @ApiResponse(responseCode = "201", description = "created; Location points to the new person")
    ResponseEntity<UserResource> create(@Valid @RequestBody NewUser body) {
        var created = users.create(body.details(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(resource(created));
    }

    private UserResource resource(UserAccount user) {
        return UserResource.of(user, users.loginBlockedUntil(java.util.List.of(user)).get(user.id()));
    }

    @PutMapping("/{id}/signing-authority")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Give or take back a person's authority to sign (administrators only)",
            description = "TM (T/M), KT (K/T), TL (T/L), TUQ (TUQ.) or Q (Q.); null or NONE takes it back. "
                    + "Leaders sign by their office without it. Nobody ever signs a document they drafted.")
    UserResource authoriseSigning(@PathVariable Long id, @RequestBody SigningAuthorityBody body) {
        users.authoriseSigning(id, body.signingAuthority());
        return resource(users.get(id));
    }
}
