package vn.eoffice.signing.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.signing.SignatureVerification;
import vn.eoffice.signing.SigningService;

/** Administration of signing: the agency's key and seal, trust anchors, the time-stamping authority in use. */
@Controller
@RequestMapping("/admin/signing")
@PreAuthorize("hasRole('ADMIN')")
class SigningAdminController {

    private final SigningService signing;
    private final SignatureVerification verification;
    private final OrganizationDirectory organization;

    SigningAdminController(SigningService signing, SignatureVerification verification,
            OrganizationDirectory organization) {
        this.signing = signing;
        this.verification = verification;
        this.organization = organization;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser admin, Model model) {
        var agency = organization.agency(admin.agencyId());
        model.addAttribute("agency", agency);
        model.addAttribute("key", signing.agencyKey(agency.id()).orElse(null));
        model.addAttribute("anchors", verification.trustAnchors(admin));
        model.addAttribute("tsaUrl", signing.timeStampingAuthority().orElse(null));
        return "signing/admin";
    }

    @PostMapping("/agency-key")
    String agencyKey(@AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = "pkcs12", required = false) MultipartFile pkcs12,
            @RequestParam(required = false) String password,
            @RequestParam(name = "seal", required = false) MultipartFile seal, RedirectAttributes redirect) {
        return act(redirect, "signing.agency.saved", () -> signing.configureAgencyKey(admin, admin.agencyId(),
                Uploads.bytes(pkcs12, Uploads.MAX_KEY_FILE, "signing.key.tooLarge"), Uploads.password(password),
                Uploads.bytes(seal, Uploads.MAX_IMAGE, "signing.image.tooLarge"),
                seal == null ? null : seal.getOriginalFilename()));
    }

    @PostMapping("/trust-anchors")
    String importAnchor(@AuthenticationPrincipal CurrentUser admin,
            @RequestParam(name = "certificate", required = false) MultipartFile certificate,
            RedirectAttributes redirect) {
        return act(redirect, "signing.anchor.saved", () -> verification.importTrustAnchor(admin,
                Uploads.bytes(certificate, Uploads.MAX_KEY_FILE, "signing.key.tooLarge")));
    }

    @PostMapping("/trust-anchors/{id}/delete")
    String removeAnchor(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id,
            RedirectAttributes redirect) {
        return act(redirect, "signing.anchor.removed", () -> verification.removeTrustAnchor(admin, id));
    }

    @GetMapping("/seal")
    ResponseEntity<byte[]> seal(@AuthenticationPrincipal CurrentUser admin) {
        var key = signing.agencyKey(admin.agencyId()).orElseThrow(() -> new NotFoundException("agency key"));
        var bytes = signing.image(key.id()).orElseThrow(() -> new NotFoundException("seal"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(bytes);
    }

    private String act(RedirectAttributes redirect, String done, Runnable action) {
        return FormPosts.act(redirect, done, "/admin/signing", action);
    }
}
