package vn.eoffice.succession.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.succession.PostForm;
import vn.eoffice.succession.PostView;
import vn.eoffice.succession.StandardView;
import vn.eoffice.succession.SuccessionSettings;
import vn.eoffice.succession.Targets;

@ApiController("/api/v1/succession")
@Tag(name = "Succession", description = "Succession plans (quy hoạch cán bộ, Quy định 377-QĐ/TW): the agency's"
        + " leaders and personnel office only; every read audited")
class SettingsApiController {

    private final SuccessionSettings settings;

    SettingsApiController(SuccessionSettings settings) {
        this.settings = settings;
    }

    /** The posts, standards and targets together. */
    record SettingsBody(List<PostView> posts, List<StandardView> standards, Targets targets) {
    }

    @GetMapping("/settings")
    @Operation(summary = "The posts planned for with their levels, each level's standards, the structure targets")
    SettingsBody read(@AuthenticationPrincipal CurrentUser user) {
        return new SettingsBody(settings.posts(user), settings.standards(user), settings.targets(user));
    }

    @PostMapping("/posts")
    @Operation(summary = "Add a post: a leadership job position, or a named post of the commission's leadership"
            + " (personnel office)")
    ResponseEntity<Map<String, Long>> addPost(@Valid @RequestBody PostForm body,
            @AuthenticationPrincipal CurrentUser user) {
        Long id = settings.addPost(user, body);
        return ResponseEntity.created(URI.create("/api/v1/succession/settings")).body(Map.of("id", id));
    }

    @PutMapping("/standards")
    @Operation(summary = "Set a level's standards: age limit for first planning, theory, education, state"
            + " management (personnel office)")
    ResponseEntity<Void> saveStandard(@Valid @RequestBody StandardView body,
            @AuthenticationPrincipal CurrentUser user) {
        settings.saveStandard(user, body);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/targets")
    @Operation(summary = "Set the structure targets: the young age, the shares of young, female, ethnic-minority"
            + " candidates (personnel office)")
    ResponseEntity<Void> saveTargets(@Valid @RequestBody Targets body, @AuthenticationPrincipal CurrentUser user) {
        settings.saveTargets(user, body);
        return ResponseEntity.noContent().build();
    }
}
