package vn.eoffice.signing.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.signing.SigningService;

/** The user's own signing certificate (PKCS#12) and signature image. */
@Controller
@RequestMapping("/signing/my-certificate")
class MyCertificateController {

    private final SigningService signing;

    MyCertificateController(SigningService signing) {
        this.signing = signing;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("key", signing.personalKey(user.id()).orElse(null));
        return "signing/my-certificate";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "pkcs12", required = false) MultipartFile pkcs12,
            @RequestParam(required = false) String password,
            @RequestParam(name = "image", required = false) MultipartFile image, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "signing.key.saved", "/signing/my-certificate",
                () -> signing.uploadPersonalKey(user, Uploads.bytes(pkcs12, Uploads.MAX_KEY_FILE,
                        "signing.key.tooLarge"), Uploads.password(password), Uploads.bytes(image, Uploads.MAX_IMAGE,
                        "signing.image.tooLarge"), image == null ? null : image.getOriginalFilename()));
    }

    @PostMapping("/delete")
    String remove(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        signing.removePersonalKey(user);
        redirect.addFlashAttribute("flash", "signing.key.removed");
        return "redirect:/signing/my-certificate";
    }

    /** The user's own signature image, for the preview on this page. */
    @GetMapping("/image")
    ResponseEntity<byte[]> image(@AuthenticationPrincipal CurrentUser user) {
        var key = signing.personalKey(user.id()).orElseThrow(() -> new NotFoundException("signing key"));
        var bytes = signing.image(key.id()).orElseThrow(() -> new NotFoundException("signature image"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(bytes);
    }
}
