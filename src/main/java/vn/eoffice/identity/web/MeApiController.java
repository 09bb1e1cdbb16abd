package vn.eoffice.identity.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.Secrecy;

@ApiController("/api/v1")
@Tag(name = "Identity")
class MeApiController {

    record Me(Long id, String username, String fullName, String title, Long agencyId, Long unitId, Set<Role> roles,
            Secrecy clearance, String actingFor) {
    }

    @GetMapping("/me")
    @Operation(operationId = "me.get", summary = "The authenticated caller")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.username(), user.fullName(), user.title(), user.agencyId(), user.unitId(),
                user.roles(), user.clearance(), user.actingFor());
    }
}
