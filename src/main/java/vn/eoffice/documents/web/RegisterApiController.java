package vn.eoffice.documents.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterForm;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

/** Registers and their numbering policy, with the next number each would give (administrators, as Quản trị). */
@ApiController("/api/v1/registers")
@Tag(name = "Registers")
@PreAuthorize("hasRole('ADMIN')")
class RegisterApiController {

    private final RegisterManagement registers;
    private final Clock clock;

    RegisterApiController(RegisterManagement registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    /** {@code nextNumber}: what the register would give today (a công văn for outgoing registers). */
    record RegisterJson(Long id, RegisterForm settings, String nextNumber) {
    }

    @GetMapping
    @Operation(summary = "An agency's registers (default: the caller's) with the next number of each")
    List<RegisterJson> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long agencyId) {
        return registers.registersOf(agencyId != null ? agencyId : user.agencyId()).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One register with its numbering policy and next number")
    RegisterJson get(@PathVariable Long id) {
        return json(registers.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a register with its numbering policy and series")
    ResponseEntity<RegisterJson> create(@Valid @RequestBody RegisterForm form) {
        var register = registers.create(form);
        return ResponseEntity.created(URI.create("/api/v1/registers/" + register.getId())).body(json(register));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a register's name, policy, series or state")
    RegisterJson update(@PathVariable Long id, @Valid @RequestBody RegisterForm form) {
        return json(registers.update(id, form));
    }

    private RegisterJson json(Register register) {
        String type = register.getKind() == RegisterKind.INCOMING ? null : "CV";
        return new RegisterJson(register.getId(), RegisterForm.of(register),
                registers.preview(register.getId(), type, LocalDate.now(clock)));
    }
}
